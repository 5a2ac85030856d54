// Netlify: no scopes, tokens that do not expire and are not refreshed; the API under api.netlify.com/api/v1.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Netlify's `GET /api/v1/user`. */
export interface NetlifyProfile {
  id: string;
  uid?: string;
  full_name?: string | null;
  email?: string;
  avatar_url?: string | null;
  [field: string]: unknown;
}

/**
 * Netlify. A token acts as the user on every team they belong to; there are no scopes and no refresh tokens.
 * Without `clientId`, reads `NETLIFY_CLIENT_ID` / `NETLIFY_CLIENT_SECRET` from the config source.
 *
 * @example netlify({ clientId, clientSecret })
 */
export const netlify = oauth2Preset<NoOptions, NetlifyProfile>({
  id: "netlify",
  name: "Netlify",
  docs: "https://docs.netlify.com/api/get-started/#authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://app.netlify.com/authorize",
    tokenUrl: "https://api.netlify.com/oauth/token",
    baseUrl: "https://api.netlify.com/api/v1/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "user",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.full_name),
      email: text(raw.email),
      avatarUrl: text(raw.avatar_url),
    }),
  },
});
