// TrueLayer Data API (open banking): a providers list on the auth link, a connection per bank consent.
import { oauth2Preset } from "./preset.js";

export interface TrueLayerOptions {
  /** Use the sandbox (`auth.truelayer-sandbox.com`, `api.truelayer-sandbox.com`). */
  sandbox?: boolean;
  /** The providers the user may pick from (`providers`). Default `uk-ob-all uk-oauth-all`, `uk-cs-mock` in the sandbox. */
  providers?: readonly string[];
  /** Skip the bank selection (`provider_id`); the bank must be among `providers`. */
  providerId?: string;
}

/** TrueLayer's `GET /data/v1/me`: the connection the token stands for. */
export interface TrueLayerProfile {
  results: {
    client_id: string;
    credentials_id: string;
    consent_status?: string;
    consent_expires_at?: string;
    provider?: { display_name?: string; logo_uri?: string; provider_id?: string };
    scopes?: string[];
    [field: string]: unknown;
  }[];
  status: string;
}

/**
 * TrueLayer. Add `offline_access` to the scope for a refresh token; a connection lasts as long as the bank
 * consent (90 days in the UK). The profile is the connection (`credentials_id`), not a person: read
 * `data/v1/info` (scope `info`) for the account holder. Without `clientId`, reads `TRUELAYER_CLIENT_ID` /
 * `TRUELAYER_CLIENT_SECRET` from the config source.
 *
 * @example truelayer({ clientId, clientSecret, sandbox: true, scope: ["info", "accounts", "balance", "offline_access"] })
 */
export const truelayer = oauth2Preset<TrueLayerOptions, TrueLayerProfile>({
  id: "truelayer",
  name: "TrueLayer",
  docs: "https://docs.truelayer.com/docs/generate-an-auth-link",
  checked: "2026-12-04",
  options: ["sandbox", "providers", "providerId"],
  oauth2: ({ sandbox, providers, providerId }) => {
    const domain = sandbox ? "truelayer-sandbox.com" : "truelayer.com";
    const choice = providers ?? (sandbox ? ["uk-cs-mock"] : ["uk-ob-all", "uk-oauth-all"]);
    return {
      authorizationUrl: `https://auth.${domain}/`,
      tokenUrl: `https://auth.${domain}/connect/token`,
      baseUrl: `https://api.${domain}/`,
      scope: ["info", "accounts", "balance", "offline_access"],
      tokenEndpointAuthMethod: "client_secret_post",
      refresh: "standard",
      authorizationParams: {
        providers: choice.join(" "),
        ...(providerId ? { provider_id: providerId } : {}),
      },
    };
  },
  profile: {
    url: "data/v1/me",
    map: ({ results }) => ({ id: results[0]?.credentials_id ?? "" }),
  },
});
