// Auth0: a tenant domain (or custom domain), an API audience for access tokens, organizations and connections.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface Auth0Options {
  /** The tenant's domain: `example.us.auth0.com`, or a custom domain. */
  domain: string;
  /** The API identifier the access token is for (`audience`). */
  audience?: string;
  /** Log in to one organization (`organization`). */
  organization?: string;
  /** Go straight to one identity provider connection (`connection`). */
  connection?: string;
}

/** The claims of an Auth0 ID token. */
export type Auth0Profile = OidcClaims;

/**
 * Auth0. Add `offline_access` to the scope for a refresh token. Without `clientId`, reads `AUTH0_CLIENT_ID` /
 * `AUTH0_CLIENT_SECRET` from the config source.
 *
 * @example auth0({ domain: "example.us.auth0.com", clientId, clientSecret, audience: "https://api.example.com" })
 */
export const auth0 = oauth2Preset<Auth0Options, Auth0Profile>({
  id: "auth0",
  name: "Auth0",
  docs: "https://auth0.com/docs/api/authentication/authorization-code-flow-with-pkce",
  checked: "2026-11-27",
  options: ["domain", "audience", "organization", "connection"],
  required: ["domain"],
  example: { domain: "example.us.auth0.com" },
  oauth2: ({ audience, organization, connection }) => ({
    issuer: "https://{domain}/",
    authorizationUrl: "https://{domain}/authorize",
    tokenUrl: "https://{domain}/oauth/token",
    userinfoUrl: "https://{domain}/userinfo",
    revocationUrl: "https://{domain}/oauth/revoke",
    baseUrl: "https://{domain}/",
    scope: ["openid", "profile", "email"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
    authorizationParams: {
      ...(audience ? { audience } : {}),
      ...(organization ? { organization } : {}),
      ...(connection ? { connection } : {}),
    },
  }),
  profile: oidcClaims,
});
