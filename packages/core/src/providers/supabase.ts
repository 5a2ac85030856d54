// Supabase Auth as an OAuth 2.1 / OpenID Connect server: a project's endpoints under /auth/v1/oauth/.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface SupabaseOptions {
  /** The project's URL: `https://<project ref>.supabase.co`, its custom domain, or a self-hosted instance. */
  projectUrl: string;
}

/** The claims of a Supabase Auth ID token. */
export interface SupabaseProfile extends OidcClaims {
  phone_number?: string;
  phone_number_verified?: boolean;
}

/**
 * Supabase Auth (its OAuth 2.1 server, enabled per project). PKCE is mandatory; the project's own authorization
 * page asks the user's consent. An ID token always comes back; refreshes may rotate the refresh token. Without
 * `clientId`, reads `SUPABASE_CLIENT_ID` / `SUPABASE_CLIENT_SECRET`.
 *
 * @example supabase({ projectUrl: "https://abcdefghijklmnop.supabase.co", clientId, clientSecret })
 */
export const supabase = oauth2Preset<SupabaseOptions, SupabaseProfile>({
  id: "supabase",
  name: "Supabase Auth",
  docs: "https://supabase.com/docs/guides/auth/oauth-server/oauth-flows",
  checked: "2026-12-04",
  options: ["projectUrl"],
  required: ["projectUrl"],
  example: { projectUrl: "https://abcdefghijklmnop.supabase.co" },
  oauth2: {
    issuer: "{projectUrl}/auth/v1",
    authorizationUrl: "{projectUrl}/auth/v1/oauth/authorize",
    tokenUrl: "{projectUrl}/auth/v1/oauth/token",
    userinfoUrl: "{projectUrl}/auth/v1/oauth/userinfo",
    baseUrl: "{projectUrl}/",
    scope: ["openid", "email", "profile"],
    // The documented exchange sends the secret in the form body.
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "required",
    refresh: "rotating",
  },
  profile: oidcClaims,
});
