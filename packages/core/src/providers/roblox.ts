// Roblox OAuth 2.0: OpenID Connect with PKCE, rotating refresh tokens.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of a Roblox ID token (`openid profile`). */
export interface RobloxProfile extends OidcClaims {
  nickname?: string;
  profile?: string;
}

/**
 * Roblox. Without `clientId`, reads `ROBLOX_CLIENT_ID` / `ROBLOX_CLIENT_SECRET` from the config source.
 *
 * @example roblox({ clientId, clientSecret })
 */
export const roblox = oauth2Preset<NoOptions, RobloxProfile>({
  id: "roblox",
  name: "Roblox",
  docs: "https://create.roblox.com/docs/cloud/auth/oauth2-reference",
  checked: "2026-11-27",
  oauth2: {
    issuer: "https://apis.roblox.com/oauth/",
    authorizationUrl: "https://apis.roblox.com/oauth/v1/authorize",
    tokenUrl: "https://apis.roblox.com/oauth/v1/token",
    userinfoUrl: "https://apis.roblox.com/oauth/v1/userinfo",
    revocationUrl: "https://apis.roblox.com/oauth/v1/token/revoke",
    baseUrl: "https://apis.roblox.com/",
    scope: ["openid", "profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: oidcClaims,
});
