// Gitea (gitea.com or a self-hosted instance): PKCE, one-hour tokens, granular scopes since v1.23.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface GiteaOptions {
  /** The Gitea host (self-hosted instances). Default `gitea.com`. */
  hostname?: string;
}

/** Gitea's `GET /api/v1/user`. */
export interface GiteaProfile {
  id: number;
  login: string;
  full_name?: string;
  email?: string;
  avatar_url?: string;
  [field: string]: unknown;
}

/**
 * Gitea. Since v1.23 a granular scope (`read:user`, `read:repository`, ...) limits the token; with only the
 * OpenID Connect scopes, or before v1.23, the token has full access. Refreshes return a new refresh token.
 * Without `clientId`, reads `GITEA_CLIENT_ID` / `GITEA_CLIENT_SECRET` from the config source.
 *
 * @example gitea({ clientId, clientSecret, hostname: "git.example.com", scope: ["read:user", "read:repository"] })
 */
export const gitea = oauth2Preset<GiteaOptions, GiteaProfile>({
  id: "gitea",
  name: "Gitea",
  docs: "https://docs.gitea.com/development/oauth2-provider",
  checked: "2026-12-04",
  options: ["hostname"],
  defaultOptions: { hostname: "gitea.com" },
  oauth2: {
    authorizationUrl: "https://{hostname}/login/oauth/authorize",
    tokenUrl: "https://{hostname}/login/oauth/access_token",
    baseUrl: "https://{hostname}/api/v1/",
    scope: ["read:user"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "standard",
  },
  profile: {
    url: "user",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.full_name) ?? raw.login,
      email: text(raw.email),
      avatarUrl: text(raw.avatar_url),
    }),
  },
});
