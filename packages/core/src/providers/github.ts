// GitHub (OAuth Apps and GitHub Apps): not OpenID Connect; the REST API wants a User-Agent and a version header.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** GitHub's `GET /user`, the fields the profile reads (see the REST docs for the rest). */
export interface GitHubProfile {
  id: number;
  login: string;
  name: string | null;
  email: string | null;
  avatar_url: string;
  [field: string]: unknown;
}

/**
 * GitHub. OAuth App tokens do not expire; GitHub App user tokens expire after 8 hours and refresh (rotating).
 * `email` is the public email only: read `user/emails` (scope `user:email`) for the rest. Without `clientId`,
 * reads `GITHUB_CLIENT_ID` / `GITHUB_CLIENT_SECRET` from the config source.
 *
 * @example github({ clientId, clientSecret, scope: ["read:user", "user:email"] })
 */
export const github = oauth2Preset<NoOptions, GitHubProfile>({
  id: "github",
  name: "GitHub",
  docs: "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
  checked: "2026-12-03",
  oauth2: {
    authorizationUrl: "https://github.com/login/oauth/authorize",
    tokenUrl: "https://github.com/login/oauth/access_token",
    baseUrl: "https://api.github.com/",
    // GitHub's token endpoint reads the client credentials from the body.
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
    apiHeaders: {
      Accept: "application/vnd.github+json",
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "oauth-dance",
    },
  },
  profile: {
    url: "user",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.name) ?? raw.login,
      email: text(raw.email),
      avatarUrl: raw.avatar_url,
    }),
  },
});
