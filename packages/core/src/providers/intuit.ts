// Intuit (QuickBooks Online): the company's realmId arrives only on the callback, and is kept in the token.
import { flag } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface IntuitOptions {
  /** Use the sandbox (`sandbox-quickbooks.api.intuit.com`, `sandbox-accounts.platform.intuit.com`). */
  sandbox?: boolean;
}

/** Intuit's userinfo answer (scopes `openid profile email`). */
export interface IntuitProfile {
  sub: string;
  email?: string;
  emailVerified?: boolean | "true" | "false";
  givenName?: string;
  familyName?: string;
  [field: string]: unknown;
}

/**
 * Intuit. The token carries `realmId`, the QuickBooks company the user connected. Without `clientId`, reads
 * `INTUIT_CLIENT_ID` / `INTUIT_CLIENT_SECRET` from the config source.
 *
 * @example intuit({ clientId, clientSecret, sandbox: true })
 */
export const intuit = oauth2Preset<IntuitOptions, IntuitProfile>({
  id: "intuit",
  name: "Intuit",
  docs: "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
  checked: "2026-12-03",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => ({
    issuer: "https://oauth.platform.intuit.com/op/v1",
    authorizationUrl: "https://appcenter.intuit.com/connect/oauth2",
    tokenUrl: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
    revocationUrl: "https://developer.api.intuit.com/v2/oauth2/tokens/revoke",
    userinfoUrl: `https://${sandbox ? "sandbox-accounts" : "accounts"}.platform.intuit.com/v1/openid_connect/userinfo`,
    baseUrl: `https://${sandbox ? "sandbox-quickbooks" : "quickbooks"}.api.intuit.com/v3/`,
    scope: ["com.intuit.quickbooks.accounting", "openid", "profile", "email"],
    // Intuit documents no nonce; its ID token is still checked (issuer, audience, expiry).
    openid: false,
    tokenEndpointAuthMethod: "client_secret_basic",
    callbackParams: ["realmId"],
    pkceSupport: "unsupported",
    refresh: "rotating",
  }),
  profile: ({ sandbox }) => ({
    url: `https://${sandbox ? "sandbox-accounts" : "accounts"}.platform.intuit.com/v1/openid_connect/userinfo`,
    map: (raw) => ({
      id: raw.sub,
      name: [raw.givenName, raw.familyName].filter(Boolean).join(" ") || undefined,
      email: raw.email,
      emailVerified: flag(raw.emailVerified),
    }),
  }),
});
