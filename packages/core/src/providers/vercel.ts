// Sign in with Vercel: OpenID Connect with PKCE required, rotating refresh tokens with `offline_access`.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of a Vercel ID token. */
export type VercelProfile = OidcClaims;

/**
 * Vercel. Add `offline_access` to the scope for a refresh token. Without `clientId`, reads `VERCEL_CLIENT_ID` /
 * `VERCEL_CLIENT_SECRET` from the config source.
 *
 * @example vercel({ clientId, clientSecret, scope: ["openid", "email", "profile", "offline_access"] })
 */
export const vercel = oauth2Preset<NoOptions, VercelProfile>({
  id: "vercel",
  name: "Vercel",
  docs: "https://vercel.com/docs/sign-in-with-vercel/authorization-server-api",
  checked: "2026-11-27",
  oauth2: {
    issuer: "https://vercel.com",
    authorizationUrl: "https://vercel.com/oauth/authorize",
    tokenUrl: "https://api.vercel.com/login/oauth/token",
    userinfoUrl: "https://api.vercel.com/login/oauth/userinfo",
    revocationUrl: "https://api.vercel.com/login/oauth/token/revoke",
    baseUrl: "https://api.vercel.com/",
    scope: ["openid", "email", "profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "required",
    refresh: "rotating",
  },
  profile: oidcClaims,
});
