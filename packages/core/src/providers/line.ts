// LINE Login v2.1: OpenID Connect whose ID tokens are signed with the channel secret (HS256).
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface LineOptions {
  /** Offer to add the LINE Official Account as a friend: `normal` or `aggressive` (`bot_prompt`). */
  botPrompt?: "normal" | "aggressive";
}

/** The claims of a LINE ID token. */
export type LineProfile = OidcClaims;

/**
 * LINE. Without `clientId`, reads `LINE_CLIENT_ID` / `LINE_CLIENT_SECRET` (the channel id and secret) from the
 * config source.
 *
 * @example line({ clientId: channelId, clientSecret: channelSecret })
 */
export const line = oauth2Preset<LineOptions, LineProfile>({
  id: "line",
  name: "LINE",
  docs: "https://developers.line.biz/en/docs/line-login/integrate-line-login/",
  checked: "2026-11-27",
  options: ["botPrompt"],
  oauth2: ({ botPrompt }) => ({
    issuer: "https://access.line.me",
    authorizationUrl: "https://access.line.me/oauth2/v2.1/authorize",
    tokenUrl: "https://api.line.me/oauth2/v2.1/token",
    userinfoUrl: "https://api.line.me/oauth2/v2.1/userinfo",
    revocationUrl: "https://api.line.me/oauth2/v2.1/revoke",
    baseUrl: "https://api.line.me/v2/",
    scope: ["profile", "openid", "email"],
    tokenEndpointAuthMethod: "client_secret_post",
    idTokenAlgorithms: ["HS256", "ES256"],
    refresh: "standard",
    ...(botPrompt ? { authorizationParams: { bot_prompt: botPrompt } } : {}),
  }),
  profile: oidcClaims,
});
