// Kanidm (self-hosted): each OAuth2 client is its own issuer, /oauth2/openid/<client id>; PKCE is mandatory.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { fillTemplate, oauth2Preset } from "./preset.js";

export interface KanidmOptions {
  /** The client's issuer, as Kanidm shows it: `https://idm.example.com/oauth2/openid/<client id>`. */
  issuer: string;
}

/** The claims of a Kanidm ID token. */
export type KanidmProfile = OidcClaims;

/**
 * Kanidm. The issuer and the userinfo endpoint are per client; the login, token and revocation endpoints are
 * the server's. PKCE (S256) is required. Each refresh returns a new refresh token. Without `clientId`, reads
 * `KANIDM_CLIENT_ID` / `KANIDM_CLIENT_SECRET`.
 *
 * @example kanidm({ issuer: "https://idm.example.com/oauth2/openid/nextcloud", clientId: "nextcloud", clientSecret })
 */
export const kanidm = oauth2Preset<KanidmOptions, KanidmProfile>({
  id: "kanidm",
  name: "Kanidm",
  docs: "https://kanidm.github.io/kanidm/stable/integrations/oauth2.html",
  checked: "2026-12-04",
  options: ["issuer"],
  required: ["issuer"],
  example: { issuer: "https://idm.example.com/oauth2/openid/nextcloud" },
  oauth2: ({ issuer }) => {
    const client = fillTemplate("kanidm", "{issuer}", { issuer });
    const { origin } = new URL(client);
    return {
      issuer: client,
      authorizationUrl: `${origin}/ui/oauth2`,
      tokenUrl: `${origin}/oauth2/token`,
      userinfoUrl: `${client}/userinfo`,
      revocationUrl: `${origin}/oauth2/token/revoke`,
      baseUrl: `${origin}/`,
      scope: ["openid", "email", "profile"],
      pkceSupport: "required",
      refresh: "rotating",
    };
  },
  profile: oidcClaims,
});
