// Kinde: a business's OpenID Connect endpoints on its kinde.com subdomain (or custom domain), under /oauth2/.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface KindeOptions {
  /** The business's domain: `example.kinde.com`, or its custom domain. */
  domain: string;
  /** The API the access token is for (`audience`). */
  audience?: string;
  /** Log in to this organization (`org_code`). */
  orgCode?: string;
}

/** The claims of a Kinde ID token. */
export type KindeProfile = OidcClaims;

/**
 * Kinde. Add `offline` to the scope for a refresh token; every refresh returns a new one. The client secret goes in
 * the token request's body. Without `clientId`, reads `KINDE_CLIENT_ID` / `KINDE_CLIENT_SECRET`.
 *
 * @example kinde({ domain: "example.kinde.com", clientId, clientSecret, scope: ["openid", "profile", "email", "offline"] })
 */
export const kinde = oauth2Preset<KindeOptions, KindeProfile>({
  id: "kinde",
  name: "Kinde",
  docs: "https://docs.kinde.com/developer-tools/about/using-kinde-without-an-sdk/",
  checked: "2026-12-04",
  options: ["domain", "audience", "orgCode"],
  required: ["domain"],
  example: { domain: "example.kinde.com" },
  oauth2: ({ audience, orgCode }) => ({
    issuer: "https://{domain}",
    authorizationUrl: "https://{domain}/oauth2/auth",
    tokenUrl: "https://{domain}/oauth2/token",
    userinfoUrl: "https://{domain}/oauth2/v2/user_profile",
    revocationUrl: "https://{domain}/oauth2/revoke",
    baseUrl: "https://{domain}/",
    scope: ["openid", "profile", "email"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
    authorizationParams: {
      ...(audience ? { audience } : {}),
      ...(orgCode ? { org_code: orgCode } : {}),
    },
  }),
  profile: oidcClaims,
});
