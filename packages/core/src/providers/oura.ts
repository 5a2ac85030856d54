// Oura (the Oura Ring) API v2: space-separated data scopes, credentials in the body, single-use refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Oura's `GET /v2/usercollection/personal_info` (scope `personal`; `email` with scope `email`). */
export interface OuraProfile {
  id: string;
  email?: string | null;
  age?: number | null;
  weight?: number | null;
  height?: number | null;
  biological_sex?: string | null;
  [field: string]: unknown;
}

/**
 * Oura. The user may switch off any scope on the consent screen; without `scope` Oura asks for all of them. Each
 * refresh returns a new refresh token and retires the old one. Without `clientId`, reads `OURA_CLIENT_ID` /
 * `OURA_CLIENT_SECRET` from the config source.
 *
 * @example oura({ clientId, clientSecret, scope: ["email", "personal", "daily", "heartrate"] })
 */
export const oura = oauth2Preset<NoOptions, OuraProfile>({
  id: "oura",
  name: "Oura",
  docs: "https://cloud.ouraring.com/docs/authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://cloud.ouraring.com/oauth/authorize",
    tokenUrl: "https://api.ouraring.com/oauth/token",
    baseUrl: "https://api.ouraring.com/v2/",
    scope: ["email", "personal"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "usercollection/personal_info",
    map: (raw) => ({ id: raw.id, email: raw.email ?? undefined }),
  },
});
