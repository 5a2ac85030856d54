// Documented behaviours, third batch: Apple, the identity platforms (Auth0 to WorkOS), Bitbucket to Notion.
import { expect } from "vitest";
import { apple } from "../../apple.js";
import { auth0 } from "../../auth0.js";
import { authentik } from "../../authentik.js";
import { bitbucket } from "../../bitbucket.js";
import { box } from "../../box.js";
import { cognito } from "../../cognito.js";
import { coinbase } from "../../coinbase.js";
import { figma } from "../../figma.js";
import { keycloak } from "../../keycloak.js";
import { notion } from "../../notion.js";
import { okta } from "../../okta.js";
import { workos } from "../../workos.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

/** A throwaway P-256 key in the .p8 format Apple hands out. */
const applePrivateKey = await (async () => {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  return `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----`;
})();

/** The ID token claims every identity platform below sends for the same user. */
const USER = {
  sub: "248289761001",
  name: "Jane Doe",
  email: "janedoe@example.com",
  email_verified: true,
  picture: "https://example.com/janedoe/me.jpg",
};
const USER_PROFILE = {
  id: "248289761001",
  name: "Jane Doe",
  email: "janedoe@example.com",
  emailVerified: true,
  avatarUrl: "https://example.com/janedoe/me.jpg",
};
const OIDC_ANSWER = {
  access_token: "eyJz93a.k4laUWw",
  refresh_token: "GEbRxBN.edjnXbL",
  token_type: "Bearer",
  expires_in: 86400,
};

export const BATCH_3: PresetCase[] = [
  {
    preset: apple,
    options: { teamId: "TEAM123456", keyId: "KEY1234567", privateKey: applePrivateKey },
    authorize: {
      url: "https://appleid.apple.com/auth/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "name email",
        response_mode: "form_post",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://appleid.apple.com/auth/token",
      auth: "signed-secret",
      formPost: true,
      callback: {
        user: JSON.stringify({
          name: { firstName: "John", lastName: "Appleseed" },
          email: "j@privaterelay.appleid.com",
        }),
      },
      answer: {
        access_token: "adg61.67Or9",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token: "rca7.lABoQ",
      },
      idToken: {
        iss: "https://appleid.apple.com",
        sub: "001234.abcdef0123456789abcdef0123456789.0123",
        email: "j@privaterelay.appleid.com",
        email_verified: "true",
        is_private_email: "true",
      },
      expect: { refresh_token: "rca7.lABoQ", user: expect.stringContaining("Appleseed") },
    },
    profile: {
      expected: {
        id: "001234.abcdef0123456789abcdef0123456789.0123",
        name: "John Appleseed",
        email: "j@privaterelay.appleid.com",
        emailVerified: true,
      },
    },
    fromConfig: {
      clientId: "APPLE_CLIENT_ID",
      "signedClientSecret.issuer": "APPLE_TEAM_ID",
      "signedClientSecret.keyId": "APPLE_KEY_ID",
      "signedClientSecret.privateKey": "APPLE_PRIVATE_KEY",
    },
  },
  {
    preset: auth0,
    options: { domain: "example.us.auth0.com" },
    authorize: {
      url: "https://example.us.auth0.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    variants: [
      { options: { audience: "https://api.example.com" }, params: { audience: "https://api.example.com" } },
      { options: { organization: "org_W30s8XYsLhVaG6aT" }, params: { organization: "org_W30s8XYsLhVaG6aT" } },
      { options: { connection: "google-oauth2" }, params: { connection: "google-oauth2" } },
    ],
    token: {
      url: "https://example.us.auth0.com/oauth/token",
      auth: "post",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://example.us.auth0.com/", ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    preset: cognito,
    options: { domain: "example.auth.us-east-1.amazoncognito.com", userPoolId: "us-east-1_Example" },
    authorize: {
      url: "https://example.auth.us-east-1.amazoncognito.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://example.auth.us-east-1.amazoncognito.com/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "eyJra1example",
        refresh_token: "eyJj3example",
        token_type: "Bearer",
        expires_in: 3600,
      },
      idToken: {
        iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Example",
        sub: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        "cognito:username": "janedoe",
        email: "janedoe@example.com",
        email_verified: true,
      },
      expect: { refresh_token: "eyJj3example" },
    },
    profile: {
      expected: {
        id: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        name: "janedoe",
        email: "janedoe@example.com",
        emailVerified: true,
      },
    },
  },
  {
    preset: keycloak,
    options: { issuer: "https://auth.example.com/realms/acme" },
    authorize: {
      url: "https://auth.example.com/realms/acme/protocol/openid-connect/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://auth.example.com/realms/acme/protocol/openid-connect/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiJ9.kc",
        expires_in: 300,
        refresh_expires_in: 1800,
        refresh_token: "eyJhbGciOiJIUzI1NiJ9.kcr",
        token_type: "Bearer",
        "not-before-policy": 0,
        session_state: "3b2c6a8e-5d3e-4b69-9f0b-2c1d5e6f7a8b",
        scope: "openid email profile",
      },
      idToken: { iss: "https://auth.example.com/realms/acme", ...USER },
      expect: { refresh_expires_in: 1800 },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    preset: okta,
    options: { domain: "example.okta.com" },
    authorize: {
      url: "https://example.okta.com/oauth2/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://example.okta.com/oauth2/v1/token",
      auth: "basic",
      answer: { ...OIDC_ANSWER, scope: "openid email profile" },
      idToken: { iss: "https://example.okta.com", ...USER },
      expect: { scope: "openid email profile" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    title: "Okta (custom authorization server)",
    preset: okta,
    options: { domain: "example.okta.com", authorizationServerId: "default" },
    authorize: {
      url: "https://example.okta.com/oauth2/default/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://example.okta.com/oauth2/default/v1/token",
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://example.okta.com/oauth2/default", ...USER },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    preset: authentik,
    options: { issuer: "https://authentik.example.com/application/o/my-app/" },
    authorize: {
      url: "https://authentik.example.com/application/o/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://authentik.example.com/application/o/token/",
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://authentik.example.com/application/o/my-app/", ...USER },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    preset: workos,
    options: { organization: "org_01EHZNVPK3SFK441A1RGBFSHRT" },
    authorize: {
      url: "https://api.workos.com/sso/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", organization: "org_01EHZNVPK3SFK441A1RGBFSHRT" },
      pkce: false,
      nonce: false,
    },
    variants: [
      {
        options: { organization: undefined, connection: "conn_01E4ZCR3C56J083X43JQXF3JK5" },
        params: { organization: null, connection: "conn_01E4ZCR3C56J083X43JQXF3JK5" },
      },
      {
        options: { organization: undefined, provider: "GoogleOAuth" },
        params: { organization: null, provider: "GoogleOAuth" },
      },
      { options: { loginHint: "todd@example.com" }, params: { login_hint: "todd@example.com" } },
    ],
    token: {
      url: "https://api.workos.com/sso/token",
      auth: "post",
      // No token type in the answer: the profile comes with the token.
      answer: {
        access_token: "01DMEK0J53CVMC32CK5SE0KZ8Q",
        profile: {
          object: "profile",
          id: "prof_01DMC79VCBZ0NY2099737PSVF1",
          connection_id: "conn_01E4ZCR3C56J083X43JQXF3JK5",
          connection_type: "okta",
          organization_id: "org_01EHWNCE74X7JSDV0X3SZ3KJNY",
          email: "todd@example.com",
          first_name: "Todd",
          last_name: "Rundgren",
          idp_id: "00u1a0ufowBJlzPlk357",
        },
      },
      expect: { token_type: "bearer", profile: { email: "todd@example.com" } },
    },
    profile: {
      expected: { id: "prof_01DMC79VCBZ0NY2099737PSVF1", name: "Todd Rundgren", email: "todd@example.com" },
    },
  },
  {
    preset: bitbucket,
    authorize: {
      url: "https://bitbucket.org/site/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://bitbucket.org/site/oauth2/access_token",
      auth: "basic",
      answer: {
        access_token: "bb-at",
        scopes: "account",
        expires_in: 7200,
        refresh_token: "bb-rt",
        token_type: "bearer",
        state: "authorization_code",
      },
      expect: { scopes: "account", refresh_token: "bb-rt" },
    },
    profile: {
      url: "https://api.bitbucket.org/2.0/user",
      answer: {
        type: "user",
        uuid: "{d301aafa-d676-4ee0-88be-962be7417567}",
        account_id: "557058:c0b72ad0-1cb5-4018-9cdc-0cde8492c443",
        display_name: "Evan",
        links: { avatar: { href: "https://secure.gravatar.com/avatar/evan.png" } },
      },
      expected: {
        id: "{d301aafa-d676-4ee0-88be-962be7417567}",
        name: "Evan",
        avatarUrl: "https://secure.gravatar.com/avatar/evan.png",
      },
    },
  },
  {
    preset: box,
    authorize: {
      url: "https://account.box.com/api/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.box.com/oauth2/token",
      auth: "post",
      answer: {
        access_token: "c3FIOG9vSGV4VHo4QzAyg5T1JvNnJoZ3ExaVNyQWw6WjRsanRKZG5lQk9qMF",
        expires_in: 3600,
        issued_token_type: "urn:ietf:params:oauth:token-type:access_token",
        refresh_token: "c3FIOG9vSGV4VHo4QzAyg5T1JvNnJoZ3ExaVNyQWw6WjRsanRKZG5lQk9qMR",
        restricted_to: [],
        token_type: "bearer",
      },
      expect: { refresh_token: "c3FIOG9vSGV4VHo4QzAyg5T1JvNnJoZ3ExaVNyQWw6WjRsanRKZG5lQk9qMR" },
    },
    profile: {
      url: "https://api.box.com/2.0/users/me",
      answer: {
        id: "11446498",
        type: "user",
        name: "Aaron Levie",
        login: "ceo@example.com",
        avatar_url: "https://www.box.com/api/avatar/large/181216415",
      },
      expected: {
        id: "11446498",
        name: "Aaron Levie",
        email: "ceo@example.com",
        avatarUrl: "https://www.box.com/api/avatar/large/181216415",
      },
    },
  },
  {
    preset: coinbase,
    options: { scope: ["wallet:user:read", "wallet:user:email"] },
    authorize: {
      url: "https://login.coinbase.com/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "wallet:user:read,wallet:user:email" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://login.coinbase.com/oauth2/token",
      auth: "post",
      answer: {
        access_token: "cb-at",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "cb-rt",
        scope: "wallet:user:read wallet:user:email",
      },
      expect: { refresh_token: "cb-rt" },
    },
    profile: {
      url: "https://api.coinbase.com/v2/user",
      answer: {
        data: {
          id: "9da7a204-544e-5fd1-9a12-61176c5d4cd8",
          name: "User One",
          username: "user1",
          avatar_url:
            "https://images.coinbase.com/avatar?h=vR%2FY8igBoPwuwGren5JMwvDNGpURAY%2F0nRIOgH%2FY2Qh%2BQ6nomR3qusA%2Bh6o2%0Af9rH&s=128",
          resource: "user",
          email: "user1@example.com",
        },
      },
      expected: {
        id: "9da7a204-544e-5fd1-9a12-61176c5d4cd8",
        name: "User One",
        email: "user1@example.com",
        avatarUrl:
          "https://images.coinbase.com/avatar?h=vR%2FY8igBoPwuwGren5JMwvDNGpURAY%2F0nRIOgH%2FY2Qh%2BQ6nomR3qusA%2Bh6o2%0Af9rH&s=128",
      },
    },
  },
  {
    preset: figma,
    authorize: {
      url: "https://www.figma.com/oauth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "current_user:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.figma.com/v1/oauth/token",
      auth: "basic",
      answer: {
        user_id_string: "1234567890",
        access_token: "figu_abc",
        token_type: "bearer",
        refresh_token: "figr_def",
        expires_in: 7776000,
      },
      expect: { user_id_string: "1234567890" },
    },
    profile: {
      url: "https://api.figma.com/v1/me",
      answer: {
        id: "1234567890",
        handle: "Dana",
        email: "dana@example.com",
        img_url: "https://s3-alpha.figma.com/profile/dana.png",
      },
      expected: {
        id: "1234567890",
        name: "Dana",
        email: "dana@example.com",
        avatarUrl: "https://s3-alpha.figma.com/profile/dana.png",
      },
    },
  },
  {
    preset: notion,
    authorize: {
      url: "https://api.notion.com/v1/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", owner: "user" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.notion.com/v1/oauth/token",
      format: "json",
      auth: "basic",
      answer: {
        access_token: "e202e8c9-0990-40af-855f-ff8f872b1ec6c",
        bot_id: "b3414d659-1224-5ty7-6ffr-cc9d8773drt601288f",
        duplicated_template_id: null,
        owner: {
          type: "user",
          user: {
            object: "user",
            id: "4bd2ba71-5b8b-4a3e-9f8e-3a2d1e6f7b8c",
            name: "Ada Lovelace",
            avatar_url: "https://secure.notion-static.com/ada.jpg",
            type: "person",
            person: { email: "ada@example.com" },
          },
        },
        workspace_icon: "https://website.domain/images/image.png",
        workspace_id: "j565j4d7x3-2882-61bs-564a-jj9d9ui-c36hxfr7x",
        workspace_name: "Ada's Notion Workspace",
        token_type: "bearer",
      },
      expect: { workspace_name: "Ada's Notion Workspace" },
    },
    profile: {
      expected: {
        id: "4bd2ba71-5b8b-4a3e-9f8e-3a2d1e6f7b8c",
        name: "Ada Lovelace",
        email: "ada@example.com",
        avatarUrl: "https://secure.notion-static.com/ada.jpg",
      },
    },
  },
];
