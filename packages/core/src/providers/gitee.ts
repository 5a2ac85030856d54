// Gitee: a User-Agent on token requests, one-day tokens, the API token sent as the `access_token` parameter.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Gitee's `GET /api/v5/user`. */
export interface GiteeProfile {
  id: number;
  login: string;
  name?: string;
  email?: string | null;
  avatar_url?: string;
  [field: string]: unknown;
}

/**
 * Gitee. The token endpoint refuses requests without a User-Agent (403). Access tokens last a day; refresh with
 * the refresh token. Without `clientId`, reads `GITEE_CLIENT_ID` / `GITEE_CLIENT_SECRET` from the config source.
 *
 * @example gitee({ clientId, clientSecret, scope: ["user_info", "projects"] })
 */
export const gitee = oauth2Preset<NoOptions, GiteeProfile>({
  id: "gitee",
  name: "Gitee",
  docs: "https://gitee.com/api/v5/oauth_doc",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://gitee.com/oauth/authorize",
    tokenUrl: "https://gitee.com/oauth/token",
    baseUrl: "https://gitee.com/api/v5/",
    scope: ["user_info"],
    // Gitee asks for the client secret in the body.
    tokenEndpointAuthMethod: "client_secret_post",
    tokenHeaders: { "User-Agent": "oauth-dance" },
    pkceSupport: "unsupported",
    refresh: "standard",
    apiTokenParam: "access_token",
  },
  profile: {
    url: "user",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.name) ?? raw.login,
      email: text(raw.email),
      avatarUrl: text(raw.avatar_url),
    }),
  },
});
