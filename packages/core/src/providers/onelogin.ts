// OneLogin: an account's OpenID Connect endpoints under <subdomain>.onelogin.com/oidc/2.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { fillTemplate, oauth2Preset } from "./preset.js";

export interface OneLoginOptions {
  /** The account's subdomain, as in `https://<subdomain>.onelogin.com`. */
  subdomain: string;
}

/** The claims of a OneLogin ID token. */
export type OneLoginProfile = OidcClaims;

/**
 * OneLogin. The app's "Token Endpoint Authentication Method" picks Basic (the preset's default), POST or none
 * (PKCE). Refresh tokens are single use: each refresh returns a new one. Without `clientId`, reads
 * `ONELOGIN_CLIENT_ID` / `ONELOGIN_CLIENT_SECRET`.
 *
 * @example onelogin({ subdomain: "example", clientId, clientSecret })
 */
export const onelogin = oauth2Preset<OneLoginOptions, OneLoginProfile>({
  id: "onelogin",
  name: "OneLogin",
  docs: "https://developers.onelogin.com/openid-connect/api/authorization-code",
  checked: "2026-12-04",
  options: ["subdomain"],
  required: ["subdomain"],
  example: { subdomain: "example" },
  oauth2: ({ subdomain }) => {
    // The subdomain is a part of the host name: checked as one.
    const origin = fillTemplate("onelogin", "https://{host}", { host: `${subdomain}.onelogin.com` });
    return {
      issuer: `${origin}/oidc/2`,
      authorizationUrl: `${origin}/oidc/2/auth`,
      tokenUrl: `${origin}/oidc/2/token`,
      userinfoUrl: `${origin}/oidc/2/me`,
      revocationUrl: `${origin}/oidc/2/token/revocation`,
      baseUrl: `${origin}/`,
      scope: ["openid", "profile", "email"],
      refresh: "rotating",
    };
  },
  profile: oidcClaims,
});
