// ID Uruguay (AGESIC): OpenID Connect under /oidc/v1, the client in a Basic header, a production and a testing host.
import { standardClaims } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface IdUruguayOptions {
  /** Use the testing environment (`auth-testing.iduruguay.gub.uy`) instead of production. */
  testing?: boolean;
}

/** ID Uruguay's UserInfo answer (scopes `personal_info`, `profile`, `document`, `email`, `auth_info`). */
export interface IdUruguayProfile {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  email_verified?: boolean;
  numero_documento?: string;
  tipo_documento?: { codigo: number; nombre: string };
  pais_documento?: { codigo: string; nombre: string };
  /** The identity's level of registration (`rid`) and assurance (`nid`). */
  rid?: number;
  nid?: number;
  [claim: string]: unknown;
}

/**
 * ID Uruguay. Ask for the claim groups by scope (`personal_info`, `document`, `email`, `auth_info`); the user is
 * read at UserInfo. Without `clientId`, reads `IDURUGUAY_CLIENT_ID` / `IDURUGUAY_CLIENT_SECRET` from the config
 * source.
 *
 * @example iduruguay({ clientId, clientSecret, testing: true, scope: ["openid", "personal_info", "email"] })
 */
export const iduruguay = oauth2Preset<IdUruguayOptions, IdUruguayProfile>({
  id: "iduruguay",
  name: "ID Uruguay",
  docs: "https://www.gub.uy/agencia-gobierno-electronico-sociedad-informacion-conocimiento/tematica/id-uruguay",
  checked: "2026-12-04",
  options: ["testing"],
  oauth2: ({ testing }) => {
    const base = `https://${testing ? "auth-testing.iduruguay.gub.uy" : "auth.iduruguay.gub.uy"}/oidc/v1`;
    return {
      issuer: base,
      authorizationUrl: `${base}/authorize`,
      tokenUrl: `${base}/token`,
      userinfoUrl: `${base}/userinfo`,
      scope: ["openid", "personal_info", "email"],
      tokenEndpointAuthMethod: "client_secret_basic",
      pkceSupport: "unsupported",
      refresh: "standard",
    };
  },
  profile: ({ testing }) => ({
    url: `https://${testing ? "auth-testing.iduruguay.gub.uy" : "auth.iduruguay.gub.uy"}/oidc/v1/userinfo`,
    map: standardClaims,
  }),
});
