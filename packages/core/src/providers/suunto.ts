// Suunto Cloud API (API Zone): Basic client authentication, JWT tokens, and a subscription key on every API call.
import { oauth2Preset } from "./preset.js";

export interface SuuntoOptions {
  /** The API Zone subscription key (primary or secondary), sent as `Ocp-Apim-Subscription-Key` on API calls. */
  subscriptionKey?: string;
}

/** The fields of Suunto's token answer that name the user: `user`, the Suunto App username. */
export interface SuuntoProfile {
  user: string;
  [field: string]: unknown;
}

/**
 * Suunto. The token answer (and the JWT access token's `user` claim) names the user; there is no user endpoint.
 * Every `handle.api` call needs the API Zone subscription key. Without `clientId`, reads `SUUNTO_CLIENT_ID` /
 * `SUUNTO_CLIENT_SECRET` from the config source.
 *
 * @example suunto({ clientId, clientSecret, subscriptionKey })
 */
export const suunto = oauth2Preset<SuuntoOptions, SuuntoProfile>({
  id: "suunto",
  name: "Suunto",
  docs: "https://apizone.suunto.com/how-to-start",
  checked: "2026-12-04",
  options: ["subscriptionKey"],
  oauth2: ({ subscriptionKey }) => ({
    authorizationUrl: "https://cloudapi-oauth.suunto.com/oauth/authorize",
    tokenUrl: "https://cloudapi-oauth.suunto.com/oauth/token",
    baseUrl: "https://cloudapi.suunto.com/",
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
    ...(subscriptionKey ? { apiHeaders: { "Ocp-Apim-Subscription-Key": subscriptionKey } } : {}),
  }),
  profile: { fromToken: true, map: (raw) => ({ id: raw.user, name: raw.user }) },
});
