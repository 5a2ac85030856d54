// Stytch Connected Apps: the login page is the app's own (it mounts Stytch's IdentityProvider), the rest is Stytch's.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface StytchOptions {
  /** The project's domain: its custom domain, or `example.customers.stytch.com`. */
  domain: string;
  /** The Authorization URL set in the Stytch dashboard: the app's page that mounts `<IdentityProvider />`. */
  loginUrl: string;
}

/** The claims of a Stytch Connected Apps ID token. */
export type StytchProfile = OidcClaims;

/**
 * Stytch (Connected Apps). The authorization page is served by the Stytch-powered app itself (`loginUrl`);
 * tokens come from the project domain. Ask for `offline_access` for a refresh token: confidential clients keep
 * theirs (a refresh returns none). Without `clientId`, reads `STYTCH_CLIENT_ID` / `STYTCH_CLIENT_SECRET`.
 *
 * @example stytch({ domain: "login.example.com", loginUrl: "https://example.com/oauth/authorize", clientId, clientSecret })
 */
export const stytch = oauth2Preset<StytchOptions, StytchProfile>({
  id: "stytch",
  name: "Stytch",
  docs: "https://stytch.com/docs/connected-apps/build-custom-flow/implementing-your-own",
  checked: "2026-12-04",
  options: ["domain", "loginUrl"],
  required: ["domain", "loginUrl"],
  example: { domain: "login.example.com", loginUrl: "https://example.com/oauth/authorize" },
  oauth2: {
    issuer: "https://{domain}",
    authorizationUrl: "{loginUrl}",
    tokenUrl: "https://{domain}/v1/oauth2/token",
    userinfoUrl: "https://{domain}/v1/oauth2/userinfo",
    baseUrl: "https://{domain}/v1/",
    scope: ["openid", "email", "profile"],
    refresh: "reuses",
  },
  profile: oidcClaims,
});
