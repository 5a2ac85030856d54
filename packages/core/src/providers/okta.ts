// Okta: the org authorization server, or a custom one (`default`, or its id) for API access tokens.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface OktaOptions {
  /** The Okta domain: `example.okta.com`, or a custom domain. */
  domain: string;
  /** A custom authorization server (`default`, or its id). Default: the org authorization server. */
  authorizationServerId?: string;
}

/** The claims of an Okta ID token. */
export type OktaProfile = OidcClaims;

/**
 * Okta. Add `offline_access` to the scope for a refresh token. Without `clientId`, reads `OKTA_CLIENT_ID` /
 * `OKTA_CLIENT_SECRET` from the config source.
 *
 * @example okta({ domain: "example.okta.com", authorizationServerId: "default", clientId, clientSecret })
 */
export const okta = oauth2Preset<OktaOptions, OktaProfile>({
  id: "okta",
  name: "Okta",
  docs: "https://developer.okta.com/docs/guides/implement-grant-type/authcode/main/",
  checked: "2026-11-27",
  options: ["domain", "authorizationServerId"],
  required: ["domain"],
  example: { domain: "example.okta.com" },
  oauth2: ({ authorizationServerId }) => {
    const server = authorizationServerId
      ? `https://{domain}/oauth2/{authorizationServerId}`
      : "https://{domain}";
    const endpoints = authorizationServerId ? server : `${server}/oauth2`;
    return {
      issuer: server,
      authorizationUrl: `${endpoints}/v1/authorize`,
      tokenUrl: `${endpoints}/v1/token`,
      userinfoUrl: `${endpoints}/v1/userinfo`,
      revocationUrl: `${endpoints}/v1/revoke`,
      baseUrl: "https://{domain}/",
      scope: ["openid", "email", "profile"],
      refresh: "rotating",
    };
  },
  profile: oidcClaims,
});
