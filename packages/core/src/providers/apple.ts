// Sign in with Apple: form_post callback, a client secret minted as an ES256 JWT, the name only on first consent.
import { flag, text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface AppleOptions {
  /** The team id: the `iss` of the minted client secret. */
  teamId?: string;
  /** The id of the Sign in with Apple key (.p8). */
  keyId?: string;
  /** The .p8 key's PEM text (PKCS#8, P-256). */
  privateKey?: string;
}

/** The claims of Apple's ID token. */
export interface AppleProfile {
  sub: string;
  email?: string;
  email_verified?: boolean | "true" | "false";
  is_private_email?: boolean | "true" | "false";
  [claim: string]: unknown;
}

/**
 * Sign in with Apple. `clientId` is the Services ID. The client secret is minted per call from `teamId`, `keyId`
 * and `privateKey` (or pass a pre-built `clientSecret`). Apple returns to the callback with a cross-site POST
 * (`form_post`) when a scope is asked for; the user's name arrives only on their first consent, and is kept in
 * the token as `user`. Without `clientId`, reads `APPLE_CLIENT_ID`, `APPLE_TEAM_ID`, `APPLE_KEY_ID` and
 * `APPLE_PRIVATE_KEY` from the config source.
 *
 * @example apple({ clientId: "com.example.web", teamId, keyId, privateKey: readFileSync("AuthKey.p8", "utf8") })
 */
export const apple = oauth2Preset<AppleOptions, AppleProfile>({
  id: "apple",
  name: "Apple",
  docs: "https://developer.apple.com/documentation/sign_in_with_apple/request_an_authorization_to_the_sign_in_with_apple_server",
  checked: "2026-12-03",
  options: ["teamId", "keyId", "privateKey"],
  oauth2: ({ teamId, keyId, privateKey }) => ({
    issuer: "https://appleid.apple.com",
    authorizationUrl: "https://appleid.apple.com/auth/authorize",
    tokenUrl: "https://appleid.apple.com/auth/token",
    revocationUrl: "https://appleid.apple.com/auth/revoke",
    // Apple rejects the `openid` scope but always answers with an ID token, which is checked.
    scope: ["name", "email"],
    openid: false,
    responseMode: "form_post",
    callbackParams: ["user"],
    tokenEndpointAuthMethod: "client_secret_post",
    ...(teamId && keyId && privateKey ? { signedClientSecret: { issuer: teamId, keyId, privateKey } } : {}),
    pkceSupport: "unsupported",
    refresh: "reuses",
  }),
  fromConfig: {
    clientId: "APPLE_CLIENT_ID",
    "signedClientSecret.issuer": "APPLE_TEAM_ID",
    "signedClientSecret.keyId": "APPLE_KEY_ID",
    "signedClientSecret.privateKey": "APPLE_PRIVATE_KEY",
  },
  profile: {
    map: (raw, token) => ({
      id: raw.sub,
      name: firstConsentName(token.user),
      email: text(raw.email),
      emailVerified: flag(raw.email_verified),
    }),
  },
});

/** The name in the `user` JSON Apple posts on the first consent only. */
function firstConsentName(user: unknown): string | undefined {
  if (typeof user !== "string") return undefined;
  try {
    const { name } = JSON.parse(user) as { name?: { firstName?: string; lastName?: string } };
    return [name?.firstName, name?.lastName].filter(Boolean).join(" ") || undefined;
  } catch {
    return undefined;
  }
}
