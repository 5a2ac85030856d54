// Frontegg hosted login: OpenID Connect on the environment's domain; the token endpoint takes a JSON body.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface FronteggOptions {
  /** The environment's domain: `app-abc123.frontegg.com`, or its custom domain. */
  domain: string;
}

/** The claims of a Frontegg ID token. */
export interface FronteggProfile extends OidcClaims {
  tenantId?: string;
}

/**
 * Frontegg (hosted login). The code exchange is a JSON POST to `/oauth/token`; the client id and secret come
 * from the environment's settings. Without `clientId`, reads `FRONTEGG_CLIENT_ID` / `FRONTEGG_CLIENT_SECRET`.
 *
 * @example frontegg({ domain: "app-abc123.frontegg.com", clientId, clientSecret })
 */
export const frontegg = oauth2Preset<FronteggOptions, FronteggProfile>({
  id: "frontegg",
  name: "Frontegg",
  docs: "https://developers.frontegg.com/guides/management/frontegg-idp/native-hosted",
  checked: "2026-12-04",
  options: ["domain"],
  required: ["domain"],
  example: { domain: "app-abc123.frontegg.com" },
  oauth2: {
    issuer: "https://{domain}",
    authorizationUrl: "https://{domain}/oauth/authorize",
    tokenUrl: "https://{domain}/oauth/token",
    baseUrl: "https://{domain}/",
    scope: ["openid", "email", "profile"],
    tokenRequestFormat: "json",
    refresh: "rotating",
  },
  profile: oidcClaims,
});
