// Authing: an application's OpenID Connect endpoints under https://<app domain>/oidc.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface AuthingOptions {
  /** The application's domain: `example.authing.cn`, or its custom domain. */
  domain: string;
  /** Ask for a refresh token: adds `offline_access`, and the `prompt=consent` Authing then wants. */
  offline?: boolean;
}

/** The claims of an Authing ID token. */
export interface AuthingProfile extends OidcClaims {
  phone_number?: string | null;
}

/**
 * Authing. The secret goes in the token request's body (the application's default "client_secret_post").
 * Without `clientId`, reads `AUTHING_CLIENT_ID` / `AUTHING_CLIENT_SECRET`.
 *
 * @example authing({ domain: "example.authing.cn", clientId: appId, clientSecret: appSecret, offline: true })
 */
export const authing = oauth2Preset<AuthingOptions, AuthingProfile>({
  id: "authing",
  name: "Authing",
  docs: "https://docs.authing.cn/v2/guides/federation/oidc.html",
  checked: "2026-12-04",
  options: ["domain", "offline"],
  required: ["domain"],
  example: { domain: "example.authing.cn" },
  oauth2: ({ offline }) => ({
    issuer: "https://{domain}/oidc",
    authorizationUrl: "https://{domain}/oidc/auth",
    tokenUrl: "https://{domain}/oidc/token",
    userinfoUrl: "https://{domain}/oidc/me",
    revocationUrl: "https://{domain}/oidc/token/revocation",
    baseUrl: "https://{domain}/",
    scope: ["openid", "profile", "email", ...(offline ? ["offline_access"] : [])],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "standard",
    authorizationParams: offline ? { prompt: "consent" } : {},
  }),
  profile: oidcClaims,
});
