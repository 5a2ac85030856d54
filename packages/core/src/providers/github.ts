// GitHub (OAuth Apps and GitHub Apps): not OpenID Connect; the REST API wants a User-Agent and a version header.
import { oauth2 } from "../oauth2/oauth2.js";
import type { OAuth2Provider } from "../provider.js";
import { type PresetOptions, withFromConfig } from "./preset.js";

/**
 * GitHub. Without `clientId`, reads `GITHUB_CLIENT_ID` / `GITHUB_CLIENT_SECRET` from the config source.
 *
 * @example github({ clientId, clientSecret, scope: ["read:user", "user:email"] })
 */
export function github(options: PresetOptions = {}): OAuth2Provider {
  return oauth2({
    authorizationUrl: "https://github.com/login/oauth/authorize",
    tokenUrl: "https://github.com/login/oauth/access_token",
    baseUrl: "https://api.github.com/",
    // GitHub's token endpoint reads the client credentials from the body.
    tokenEndpointAuthMethod: "client_secret_post",
    ...options,
    apiHeaders: {
      Accept: "application/vnd.github+json",
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "oauth-dance",
      ...options.apiHeaders,
    },
    ...withFromConfig(options, "GITHUB"),
  });
}
