// LinkedIn "Sign In with LinkedIn using OpenID Connect": client credentials in the body, no PKCE for web apps.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of LinkedIn's ID token and userinfo answer. */
export type LinkedInProfile = OidcClaims;

/**
 * LinkedIn. Refresh tokens are issued only to approved partners. Without `clientId`, reads
 * `LINKEDIN_CLIENT_ID` / `LINKEDIN_CLIENT_SECRET` from the config source.
 *
 * @example linkedin({ clientId, clientSecret })
 */
export const linkedin = oauth2Preset<NoOptions, LinkedInProfile>({
  id: "linkedin",
  name: "LinkedIn",
  docs: "https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/sign-in-with-linkedin-v2",
  checked: "2026-11-27",
  oauth2: {
    issuer: "https://www.linkedin.com/oauth",
    authorizationUrl: "https://www.linkedin.com/oauth/v2/authorization",
    tokenUrl: "https://www.linkedin.com/oauth/v2/accessToken",
    userinfoUrl: "https://api.linkedin.com/v2/userinfo",
    baseUrl: "https://api.linkedin.com/v2/",
    scope: ["openid", "profile", "email"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: oidcClaims,
});
