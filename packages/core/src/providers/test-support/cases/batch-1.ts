// Documented behaviours, first batch: GitHub, Google and Flask-Dance's presets from Atlassian to GitLab.
import { atlassian } from "../../atlassian.js";
import { authentiq } from "../../authentiq.js";
import { azure } from "../../azure.js";
import { dexcom } from "../../dexcom.js";
import { digitalocean } from "../../digitalocean.js";
import { discord } from "../../discord.js";
import { dropbox } from "../../dropbox.js";
import { facebook } from "../../facebook.js";
import { fitbit } from "../../fitbit.js";
import { github } from "../../github.js";
import { gitlab } from "../../gitlab.js";
import { google } from "../../google.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const BATCH_1: PresetCase[] = [
  {
    preset: github,
    authorize: {
      url: "https://github.com/login/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://github.com/login/oauth/access_token",
      auth: "post",
      headers: { accept: "application/json" },
      answer: {
        access_token: "gho_16C7e42F292c6912E7710c838347Ae178B4a",
        scope: "repo,gist",
        token_type: "bearer",
      },
      expect: { access_token: "gho_16C7e42F292c6912E7710c838347Ae178B4a", scope: "repo,gist" },
    },
    profile: {
      url: "https://api.github.com/user",
      headers: { "x-github-api-version": "2022-11-28", accept: "application/vnd.github+json" },
      answer: {
        login: "octocat",
        id: 1,
        avatar_url: "https://github.com/images/error/octocat_happy.gif",
        type: "User",
        name: "monalisa octocat",
        email: "octocat@github.com",
      },
      expected: {
        id: 1,
        name: "monalisa octocat",
        email: "octocat@github.com",
        avatarUrl: "https://github.com/images/error/octocat_happy.gif",
      },
    },
  },
  {
    preset: google,
    authorize: {
      url: "https://accounts.google.com/o/oauth2/v2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    variants: [
      { options: { offline: true }, params: { access_type: "offline" } },
      {
        options: { repromptConsent: true, repromptSelectAccount: true },
        params: { prompt: "consent select_account" },
      },
      { options: { hostedDomain: "example.com" }, params: { hd: "example.com" } },
    ],
    token: {
      url: "https://oauth2.googleapis.com/token",
      auth: "post",
      answer: {
        access_token: "1/fFAGRNJru1FTz70BzhT3Zg",
        expires_in: 3920,
        token_type: "Bearer",
        scope:
          "openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile",
        refresh_token: "1//xEoDL4iW3cxlI7yDbSRFYNG01kVKM2C-259HOF2aQbI",
      },
      idToken: {
        iss: "https://accounts.google.com",
        sub: "110169484474386276334",
        email: "jsmith@example.com",
        email_verified: true,
        name: "Jane Smith",
        picture: "https://lh3.googleusercontent.com/a/photo.jpg",
      },
      expect: {
        access_token: "1/fFAGRNJru1FTz70BzhT3Zg",
        refresh_token: "1//xEoDL4iW3cxlI7yDbSRFYNG01kVKM2C-259HOF2aQbI",
      },
    },
    profile: {
      expected: {
        id: "110169484474386276334",
        name: "Jane Smith",
        email: "jsmith@example.com",
        emailVerified: true,
        avatarUrl: "https://lh3.googleusercontent.com/a/photo.jpg",
      },
    },
  },
  {
    preset: atlassian,
    authorize: {
      url: "https://auth.atlassian.com/authorize",
      params: {
        audience: "api.atlassian.com",
        client_id: CLIENT_ID,
        scope: "read:me",
        response_type: "code",
        prompt: "consent",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://auth.atlassian.com/oauth/token",
      format: "json",
      auth: "post",
      // The documented answer has no token type.
      answer: {
        access_token: "eyJraWQiOiJhdGxhc3NpYW4",
        expires_in: 3600,
        scope: "read:me offline_access",
        refresh_token: "rt-atl",
      },
      expect: { access_token: "eyJraWQiOiJhdGxhc3NpYW4", token_type: "bearer", refresh_token: "rt-atl" },
    },
    profile: {
      url: "https://api.atlassian.com/me",
      answer: {
        account_type: "atlassian",
        account_id: "112233:aaaa-bbbb-cccc",
        email: "mia@example.com",
        name: "Mia Krystof",
        picture: "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/112233/avatar.png",
        account_status: "active",
        nickname: "mkrystof",
      },
      expected: {
        id: "112233:aaaa-bbbb-cccc",
        name: "Mia Krystof",
        email: "mia@example.com",
        avatarUrl: "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/112233/avatar.png",
      },
    },
  },
  {
    preset: authentiq,
    authorize: {
      url: "https://connect.authentiq.io/authorize",
      params: { client_id: CLIENT_ID, scope: "openid profile", response_type: "code" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { hostname: "id.example.org" }, params: {} }],
    token: {
      url: "https://connect.authentiq.io/token",
      auth: "basic",
      answer: { access_token: "aq-at", token_type: "Bearer", expires_in: 3600, refresh_token: "aq-rt" },
      idToken: { iss: "https://connect.authentiq.io/", sub: "aq|7d2f", name: "Ada Lovelace" },
      expect: { access_token: "aq-at", refresh_token: "aq-rt" },
    },
    profile: { expected: { id: "aq|7d2f", name: "Ada Lovelace" } },
  },
  {
    preset: azure,
    discovery: {
      url: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
      document: {
        issuer: "https://login.microsoftonline.com/{tenantid}/v2.0",
        authorization_endpoint: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        token_endpoint: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        userinfo_endpoint: "https://graph.microsoft.com/oidc/userinfo",
        jwks_uri: "https://login.microsoftonline.com/common/discovery/v2.0/keys",
        response_modes_supported: ["query", "fragment", "form_post"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["plain", "S256"],
      },
    },
    authorize: {
      url: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile User.Read" },
      pkce: true,
      nonce: true,
    },
    variants: [
      { options: { prompt: "select_account" }, params: { prompt: "select_account" } },
      { options: { domainHint: "contoso.com" }, params: { domain_hint: "contoso.com" } },
      { options: { loginHint: "ada@contoso.com" }, params: { login_hint: "ada@contoso.com" } },
      { options: { offline: true }, params: { scope: "openid email profile User.Read offline_access" } },
    ],
    token: {
      url: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
      auth: "post",
      answer: {
        access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ik5HVEZ2ZEstZnl0aEV1Q",
        token_type: "Bearer",
        expires_in: 3599,
        scope: "openid email profile https://graph.microsoft.com/User.Read",
        refresh_token: "AwABAAAAvPM1KaPlrEqdFSBzjqfTGAMxZGUTdM0t4B4",
      },
      // A multi-tenant login: the issuer is the user's own tenant, named by `tid`.
      idToken: {
        iss: "https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0",
        tid: "9188040d-6c67-4c5b-b112-36a304b66dad",
        sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
        oid: "00000000-0000-0000-66f3-3332eca7ea81",
        name: "Abe Lincoln",
        preferred_username: "AbeLi@microsoft.com",
        email: "AbeLi@microsoft.com",
      },
      expect: { refresh_token: "AwABAAAAvPM1KaPlrEqdFSBzjqfTGAMxZGUTdM0t4B4" },
    },
    profile: {
      expected: {
        id: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
        name: "Abe Lincoln",
        email: "AbeLi@microsoft.com",
      },
    },
  },
  {
    preset: dexcom,
    authorize: {
      url: "https://api.dexcom.com/v2/oauth2/login",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "offline_access" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.dexcom.com/v2/oauth2/token",
      auth: "post",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiIsImtpZCI6ImRleGNvbSJ9",
        expires_in: 7200,
        token_type: "Bearer",
        refresh_token: "ec3fb2dbb3a5d6b2c1e2d4e5",
      },
      expect: { refresh_token: "ec3fb2dbb3a5d6b2c1e2d4e5" },
    },
    profile: {
      url: "https://api.dexcom.com/v3/users/self/dataRange",
      answer: {
        recordType: "dataRange",
        recordVersion: "3.0",
        userId: "f8ea83f2-9c3d-4a6b-9f56-2f1b7b0ac1d4",
        egvs: { start: { systemTime: "2024-02-06T19:05:00", displayTime: "2024-02-06T11:05:00" } },
      },
      expected: { id: "f8ea83f2-9c3d-4a6b-9f56-2f1b7b0ac1d4" },
    },
  },
  {
    preset: digitalocean,
    authorize: {
      url: "https://cloud.digitalocean.com/v1/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://cloud.digitalocean.com/v1/oauth/token",
      auth: "post",
      answer: {
        access_token: "547cac21118ae7",
        token_type: "bearer",
        expires_in: 2592000,
        refresh_token: "00a3aae641658d",
        scope: "read write",
        info: {
          name: "Sammy the Shark",
          email: "sammy@digitalocean.com",
          uuid: "e028b1b918853eca7fba208a9d7e9d29a6e93c57",
        },
      },
      expect: { access_token: "547cac21118ae7", info: { name: "Sammy the Shark" } },
    },
    profile: {
      url: "https://api.digitalocean.com/v2/account",
      answer: {
        account: {
          droplet_limit: 25,
          floating_ip_limit: 5,
          email: "sammy@digitalocean.com",
          name: "Sammy the Shark",
          uuid: "b6fr89dbf6d9156cace5f3c78dc9851d957381ef",
          email_verified: true,
          status: "active",
        },
      },
      expected: {
        id: "b6fr89dbf6d9156cace5f3c78dc9851d957381ef",
        name: "Sammy the Shark",
        email: "sammy@digitalocean.com",
        emailVerified: true,
      },
    },
  },
  {
    preset: discord,
    authorize: {
      url: "https://discord.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identify" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { prompt: "none" }, params: { prompt: "none" } }],
    token: {
      url: "https://discord.com/api/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "6qrZcUqja7812RVdnEKjpzOL4CvHBFG",
        token_type: "Bearer",
        expires_in: 604800,
        refresh_token: "D43f5y0ahjqew82jZ4NViEr2YafMKhue",
        scope: "identify",
      },
      expect: { access_token: "6qrZcUqja7812RVdnEKjpzOL4CvHBFG", scope: "identify" },
    },
    profile: {
      url: "https://discord.com/api/users/@me",
      answer: {
        id: "80351110224678912",
        username: "Nelly",
        discriminator: "1337",
        global_name: "Nelly",
        avatar: "8342729096ea3675442027381ff50dfe",
        verified: true,
        email: "nelly@discord.com",
      },
      expected: {
        id: "80351110224678912",
        name: "Nelly",
        email: "nelly@discord.com",
        emailVerified: true,
        avatarUrl:
          "https://cdn.discordapp.com/avatars/80351110224678912/8342729096ea3675442027381ff50dfe.png",
      },
    },
  },
  {
    preset: dropbox,
    authorize: {
      url: "https://www.dropbox.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [
      { options: { offline: true }, params: { token_access_type: "offline" } },
      {
        options: { forceReapprove: true, disableSignup: true },
        params: { force_reapprove: "true", disable_signup: "true" },
      },
      { options: { requireRole: "work" }, params: { require_role: "work" } },
    ],
    token: {
      url: "https://api.dropboxapi.com/oauth2/token",
      auth: "basic",
      answer: {
        access_token:
          "sl.AbX9y6Fe3AuH5o66-gmJpR032jwAwQPIVVzWXZNkdzcYT02akC2de219dZi6gxYPVnYPrpvISRSf9lxKWJzYLjtMPH-d9fo_0gXex7X37VIvpty4-G8f4-WX45AcEPfRnJJDwzv-",
        expires_in: 14400,
        token_type: "bearer",
        scope: "account_info.read files.content.read",
        refresh_token: "nBiM85CZALsAAAAAAAAAAQXHBoNpNutK4ngsXHsqW4iGz9tisb3JyjGqikMJIYbd",
        account_id: "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc",
        uid: "12345",
      },
      expect: { account_id: "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc", uid: "12345" },
    },
    profile: {
      url: "https://api.dropboxapi.com/2/users/get_current_account",
      method: "POST",
      answer: {
        account_id: "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc",
        name: {
          abbreviated_name: "FD",
          display_name: "Franz Ferdinand (Personal)",
          familiar_name: "Franz",
          given_name: "Franz",
          surname: "Ferdinand",
        },
        email: "franz@dropbox.com",
        email_verified: true,
        profile_photo_url:
          "https://dl-web.dropbox.com/account_photo/get/dbaphid%3AAAHWGmIXV3sUuOmBfTz0wPsiqHUpBWvv3ZA",
        disabled: false,
        country: "US",
      },
      expected: {
        id: "dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc",
        name: "Franz Ferdinand (Personal)",
        email: "franz@dropbox.com",
        emailVerified: true,
        avatarUrl:
          "https://dl-web.dropbox.com/account_photo/get/dbaphid%3AAAHWGmIXV3sUuOmBfTz0wPsiqHUpBWvv3ZA",
      },
    },
  },
  {
    preset: facebook,
    authorize: {
      url: "https://www.facebook.com/v24.0/dialog/oauth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "public_profile email" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { rerequest: true }, params: { auth_type: "rerequest" } }],
    token: {
      url: "https://graph.facebook.com/v24.0/oauth/access_token",
      method: "GET",
      format: "query",
      auth: "post",
      answer: { access_token: "EAAGm0PX4ZCpsBA", token_type: "bearer", expires_in: 5183944 },
      expect: { access_token: "EAAGm0PX4ZCpsBA", token_type: "bearer" },
    },
    profile: {
      url: "https://graph.facebook.com/v24.0/me?fields=id,name,email,picture",
      answer: {
        id: "10224950496934123",
        name: "Jane Doe",
        email: "jane@example.com",
        picture: {
          data: {
            height: 50,
            is_silhouette: false,
            url: "https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=10224950496934123",
            width: 50,
          },
        },
      },
      expected: {
        id: "10224950496934123",
        name: "Jane Doe",
        email: "jane@example.com",
        avatarUrl: "https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=10224950496934123",
      },
    },
  },
  {
    preset: fitbit,
    authorize: {
      url: "https://www.fitbit.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.fitbit.com/oauth2/token",
      auth: "basic",
      params: { client_id: CLIENT_ID },
      answer: {
        access_token: "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIyMkJDVFcifQ",
        expires_in: 28800,
        refresh_token: "c643a63c072f0f05478e9d18b991db80ef6061e4f8e6c822d83fed53e5fafdd7",
        scope: "profile",
        token_type: "Bearer",
        user_id: "GGNJL9",
      },
      expect: { user_id: "GGNJL9" },
    },
    profile: {
      url: "https://api.fitbit.com/1/user/-/profile.json",
      answer: {
        user: {
          encodedId: "GGNJL9",
          displayName: "Jane D.",
          fullName: "Jane Doe",
          avatar: "https://static0.fitbit.com/images/profile/defaultProfile_100.png",
          avatar150: "https://static0.fitbit.com/images/profile/defaultProfile_150.png",
        },
      },
      expected: {
        id: "GGNJL9",
        name: "Jane Doe",
        avatarUrl: "https://static0.fitbit.com/images/profile/defaultProfile_150.png",
      },
    },
  },
  {
    preset: gitlab,
    authorize: {
      url: "https://gitlab.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_user" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://gitlab.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "de6780bc506a0446309bd9362820ba8aed28aa506c71eedbe1c5c4f9dd350e54",
        token_type: "bearer",
        expires_in: 7200,
        refresh_token: "8257e65c97202ed1726cf9571600918f3bffb2544b26e00a61df9897668c33a1",
        created_at: 1607635748,
      },
      expect: {
        refresh_token: "8257e65c97202ed1726cf9571600918f3bffb2544b26e00a61df9897668c33a1",
        created_at: 1607635748,
      },
    },
    profile: {
      url: "https://gitlab.com/api/v4/user",
      answer: {
        id: 1,
        username: "john_smith",
        email: "john@example.com",
        name: "John Smith",
        state: "active",
        avatar_url: "http://localhost:3000/uploads/user/avatar/1/index.jpg",
      },
      expected: {
        id: 1,
        name: "John Smith",
        email: "john@example.com",
        avatarUrl: "http://localhost:3000/uploads/user/avatar/1/index.jpg",
      },
    },
  },
];
