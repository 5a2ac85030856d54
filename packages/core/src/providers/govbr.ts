// gov.br (Brazil, Login Único): OpenID Connect with PKCE required and the client in a Basic header; no refresh tokens.
import { standardClaims } from "../handle/profile.js";
import type { OidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface GovBrOptions {
  /** Use the staging environment (`sso.staging.acesso.gov.br`) instead of production. */
  staging?: boolean;
}

/** The claims of a gov.br ID token (`openid email profile`). */
export interface GovBrProfile extends OidcClaims {
  /** The user's CPF. */
  sub: string;
  social_name?: string;
  /** The level of the account (`bronze`, `silver`, `gold`) with scope `govbr_confiabilidades_idtoken`. */
  reliability_info?: { level: string; reliabilities?: { id: string; updatedAt?: string }[] };
}

/**
 * gov.br. The ID token lives 60 seconds and names the user (CPF as `sub`); `picture` is a URL that needs the
 * access token. Add `govbr_confiabilidades_idtoken` to the scope for the account's reliability level. Without
 * `clientId`, reads `GOVBR_CLIENT_ID` / `GOVBR_CLIENT_SECRET` from the config source.
 *
 * @example govbr({ clientId, clientSecret, scope: ["openid", "email", "profile", "govbr_confiabilidades_idtoken"] })
 */
export const govbr = oauth2Preset<GovBrOptions, GovBrProfile>({
  id: "govbr",
  name: "gov.br",
  docs: "https://acesso.gov.br/roteiro-tecnico/iniciarintegracao.html",
  checked: "2026-12-04",
  options: ["staging"],
  oauth2: ({ staging }) => {
    const host = staging ? "https://sso.staging.acesso.gov.br" : "https://sso.acesso.gov.br";
    return {
      issuer: `${host}/`,
      authorizationUrl: `${host}/authorize`,
      tokenUrl: `${host}/token`,
      userinfoUrl: `${host}/userinfo/`,
      scope: ["openid", "email", "profile"],
      tokenEndpointAuthMethod: "client_secret_basic",
      pkceSupport: "required",
      refresh: "none",
    };
  },
  profile: { map: standardClaims },
});
