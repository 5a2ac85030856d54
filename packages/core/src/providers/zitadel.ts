// ZITADEL (cloud or self-hosted): an instance's OpenID Connect endpoints under /oauth/v2 and /oidc/v1.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface ZitadelOptions {
  /** The instance's domain: `example-abc123.zitadel.cloud`, a custom domain, or a self-hosted host. */
  domain: string;
  /** Log in to this organization: adds the `urn:zitadel:iam:org:id:<id>` scope. */
  organizationId?: string;
}

/** The claims of a ZITADEL ID token. */
export type ZitadelProfile = OidcClaims;

/**
 * ZITADEL. Ask for `offline_access` for a refresh token; each refresh returns a new one. Reserved scopes
 * (`urn:zitadel:iam:org:id:…`, `urn:zitadel:iam:org:project:id:…:aud`) steer the login and the token's audience.
 * Without `clientId`, reads `ZITADEL_CLIENT_ID` / `ZITADEL_CLIENT_SECRET`.
 *
 * @example zitadel({ domain: "example-abc123.zitadel.cloud", clientId, clientSecret, organizationId: "164849879392755907" })
 */
export const zitadel = oauth2Preset<ZitadelOptions, ZitadelProfile>({
  id: "zitadel",
  name: "ZITADEL",
  docs: "https://zitadel.com/docs/apis/openidoauth/endpoints",
  checked: "2026-12-04",
  options: ["domain", "organizationId"],
  required: ["domain"],
  example: { domain: "example-abc123.zitadel.cloud" },
  oauth2: ({ organizationId }) => ({
    issuer: "https://{domain}",
    authorizationUrl: "https://{domain}/oauth/v2/authorize",
    tokenUrl: "https://{domain}/oauth/v2/token",
    userinfoUrl: "https://{domain}/oidc/v1/userinfo",
    revocationUrl: "https://{domain}/oauth/v2/revoke",
    baseUrl: "https://{domain}/",
    scope: [
      "openid",
      "email",
      "profile",
      ...(organizationId ? [`urn:zitadel:iam:org:id:${organizationId}`] : []),
    ],
    refresh: "rotating",
  }),
  profile: oidcClaims,
});
