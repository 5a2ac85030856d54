// Starling Bank (Developer API): scopes set on the application, the account holder named by the token's identity.
import { oauth2Preset } from "./preset.js";

export interface StarlingOptions {
  /** Use the sandbox (`oauth-sandbox.starlingbank.com`, `api-sandbox.starlingbank.com`). */
  sandbox?: boolean;
}

/** Starling's `GET /api/v2/identity/token`: who and what the token is for. */
export interface StarlingProfile {
  accountHolderUid: string;
  expiresAt?: string;
  authenticated?: boolean;
  expiresInSeconds?: number;
  scopes?: string[];
  [field: string]: unknown;
}

/**
 * Starling Bank. The redirect names no scopes: they are the ones chosen for the application. The profile is the
 * account holder (`accountHolderUid`); read `api/v2/identity/individual` for a name and email. Without
 * `clientId`, reads `STARLING_CLIENT_ID` / `STARLING_CLIENT_SECRET` from the config source.
 *
 * @example starling({ clientId, clientSecret, sandbox: true })
 */
export const starling = oauth2Preset<StarlingOptions, StarlingProfile>({
  id: "starling",
  name: "Starling Bank",
  docs: "https://developer.starlingbank.com/docs",
  checked: "2026-12-04",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => ({
    authorizationUrl: `https://${sandbox ? "oauth-sandbox" : "oauth"}.starlingbank.com/`,
    tokenUrl: `https://${sandbox ? "api-sandbox" : "api"}.starlingbank.com/oauth/access-token`,
    baseUrl: `https://${sandbox ? "api-sandbox" : "api"}.starlingbank.com/api/v2/`,
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  }),
  profile: { url: "identity/token", map: (raw) => ({ id: raw.accountHolderUid }) },
});
