// Gorgias: OpenID Connect on the customer's helpdesk domain, Basic client authentication, `offline` for refresh.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface GorgiasOptions {
  /** The customer's helpdesk domain: `acme.gorgias.com` (Gorgias passes the account to the app's install URL). */
  domain: string;
}

/** The claims of a Gorgias ID token (`openid email profile`). */
export type GorgiasProfile = OidcClaims;

/**
 * Gorgias. The user is named by the ID token; `offline` in the scope asks for a refresh token (access tokens last
 * 24 hours, refresh tokens do not expire). Add API scopes such as `tickets:read` or `customers:write`. Without
 * `clientId`, reads `GORGIAS_CLIENT_ID` / `GORGIAS_CLIENT_SECRET` from the config source.
 *
 * @example gorgias({ domain: "acme.gorgias.com", clientId, clientSecret, scope: ["openid", "email", "profile", "offline", "tickets:read"] })
 */
export const gorgias = oauth2Preset<GorgiasOptions, GorgiasProfile>({
  id: "gorgias",
  name: "Gorgias",
  docs: "https://developers.gorgias.com/docs/oauth2-authentication-for-creating-apps-with-gorgias",
  checked: "2026-12-04",
  options: ["domain"],
  required: ["domain"],
  example: { domain: "acme.gorgias.com" },
  oauth2: {
    authorizationUrl: "https://{domain}/oauth/authorize",
    tokenUrl: "https://{domain}/oauth/token",
    baseUrl: "https://{domain}/api/",
    scope: ["openid", "email", "profile", "offline"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: oidcClaims,
});
