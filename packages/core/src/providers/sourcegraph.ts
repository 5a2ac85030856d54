// Sourcegraph (a Sourcegraph instance's OAuth apps): OpenID Connect, PKCE, one-hour tokens, `user:all` for the API.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface SourcegraphOptions {
  /** The instance's host: `sourcegraph.example.com`. */
  hostname: string;
}

/** The claims of a Sourcegraph ID token (or its userinfo answer). */
export type SourcegraphProfile = OidcClaims;

/**
 * Sourcegraph. Site admins create the OAuth client on the instance; calls to the GraphQL API need the `user:all`
 * scope, and `offline_access` asks for a refresh token (store the new one each refresh returns). Without
 * `clientId`, reads `SOURCEGRAPH_CLIENT_ID` / `SOURCEGRAPH_CLIENT_SECRET` from the config source.
 *
 * @example sourcegraph({ hostname: "sourcegraph.example.com", clientId, clientSecret, scope: ["openid", "profile", "email", "offline_access", "user:all"] })
 */
export const sourcegraph = oauth2Preset<SourcegraphOptions, SourcegraphProfile>({
  id: "sourcegraph",
  name: "Sourcegraph",
  docs: "https://sourcegraph.com/docs/admin/oauth_apps",
  checked: "2026-12-04",
  options: ["hostname"],
  required: ["hostname"],
  example: { hostname: "sourcegraph.example.com" },
  oauth2: {
    issuer: "https://{hostname}",
    authorizationUrl: "https://{hostname}/.auth/idp/oauth/authorize",
    tokenUrl: "https://{hostname}/.auth/idp/oauth/token",
    userinfoUrl: "https://{hostname}/.auth/idp/oauth/userinfo",
    revocationUrl: "https://{hostname}/.auth/idp/oauth/revoke",
    baseUrl: "https://{hostname}/.api/",
    scope: ["openid", "profile", "email", "offline_access"],
    // The instance's metadata lists `client_secret_post` (and `none` for public clients).
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "standard",
  },
  profile: oidcClaims,
});
