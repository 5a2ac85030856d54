// Login.gov: the provider's documented behaviour.
import { logingov } from "../../logingov.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

/** A throwaway RSA key, as the app registers its certificate with Login.gov. */
const privateKey = await (async () => {
  const pair = await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    true,
    ["sign", "verify"],
  );
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  return `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----`;
})();

const USERINFO = {
  sub: "b2d2d115-1d7e-4579-b9d6-f8e84f4f56ca",
  iss: "https://idp.int.identitysandbox.gov/",
  email: "test@gsa.gov",
  email_verified: true,
  all_emails: ["test@gsa.gov"],
  ial: "http://idmanagement.gov/ns/assurance/ial/1",
  aal: "urn:gov:gsa:ac:classes:sp:PasswordProtectedTransport:duo",
};

export const CASES: PresetCase[] = [
  {
    preset: logingov,
    options: { privateKey, sandbox: true },
    authorize: {
      url: "https://idp.int.identitysandbox.gov/openid_connect/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid email",
        acr_values: "urn:acr.login.gov:auth-only",
        prompt: "select_account",
      },
      pkce: true,
      nonce: true,
    },
    variants: [
      {
        options: { verified: true },
        params: { acr_values: "urn:acr.login.gov:verified", scope: "openid email profile" },
      },
    ],
    token: {
      url: "https://idp.int.identitysandbox.gov/api/openid_connect/token",
      // private_key_jwt: the body names the client and carries a signed assertion instead of a secret.
      auth: "none",
      params: { client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" },
      answer: { access_token: "hhJES3wcgjI55jzjBvZpNQ", token_type: "Bearer", expires_in: 3600 },
      idToken: {
        iss: "https://idp.int.identitysandbox.gov/",
        sub: USERINFO.sub,
        acr: "urn:acr.login.gov:auth-only",
      },
      expect: { access_token: "hhJES3wcgjI55jzjBvZpNQ" },
    },
    profile: {
      url: "https://idp.int.identitysandbox.gov/api/openid_connect/userinfo",
      answer: USERINFO,
      expected: { id: USERINFO.sub, email: "test@gsa.gov", emailVerified: true },
    },
    fromConfig: { clientId: "LOGINGOV_CLIENT_ID", "privateKeyJwt.privateKey": "LOGINGOV_PRIVATE_KEY" },
  },
  {
    title: "Login.gov (production)",
    preset: logingov,
    options: { privateKey },
    authorize: {
      url: "https://secure.login.gov/openid_connect/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid email",
        acr_values: "urn:acr.login.gov:auth-only",
        prompt: "select_account",
      },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://secure.login.gov/api/openid_connect/token",
      auth: "none",
      params: { client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" },
      answer: { access_token: "prodAccessToken", token_type: "Bearer", expires_in: 900 },
      idToken: { iss: "https://secure.login.gov/", sub: USERINFO.sub },
      expect: { access_token: "prodAccessToken" },
    },
    profile: {
      url: "https://secure.login.gov/api/openid_connect/userinfo",
      answer: { ...USERINFO, iss: "https://secure.login.gov/" },
      expected: { id: USERINFO.sub, email: "test@gsa.gov", emailVerified: true },
    },
    fromConfig: { clientId: "LOGINGOV_CLIENT_ID", "privateKeyJwt.privateKey": "LOGINGOV_PRIVATE_KEY" },
  },
];
