// GitLab.com or a self-managed GitLab: short-lived access tokens, rotating refresh tokens.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface GitLabOptions {
  /** The GitLab host (self-managed instances). Default `gitlab.com`. */
  hostname?: string;
}

/** GitLab's `GET /api/v4/user`. */
export interface GitLabProfile {
  id: number;
  username: string;
  name: string;
  email?: string;
  avatar_url?: string;
  [field: string]: unknown;
}

/**
 * GitLab. Without `clientId`, reads `GITLAB_CLIENT_ID` / `GITLAB_CLIENT_SECRET` from the config source.
 *
 * @example gitlab({ clientId, clientSecret, hostname: "gitlab.example.com" })
 */
export const gitlab = oauth2Preset<GitLabOptions, GitLabProfile>({
  id: "gitlab",
  name: "GitLab",
  docs: "https://docs.gitlab.com/api/oauth2/",
  checked: "2026-12-03",
  options: ["hostname"],
  defaultOptions: { hostname: "gitlab.com" },
  oauth2: {
    authorizationUrl: "https://{hostname}/oauth/authorize",
    tokenUrl: "https://{hostname}/oauth/token",
    revocationUrl: "https://{hostname}/oauth/revoke",
    baseUrl: "https://{hostname}/api/v4/",
    scope: ["read_user"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    url: "user",
    map: (raw) => ({ id: raw.id, name: raw.name, email: text(raw.email), avatarUrl: raw.avatar_url }),
  },
});
