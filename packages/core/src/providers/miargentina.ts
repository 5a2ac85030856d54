// Mi Argentina (Argentina): OpenID Connect with the client in the body; the user from a POST to UserInfo.
import { standardClaims } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Mi Argentina's UserInfo answer (scopes `profile`, `email`, `optional`). */
export interface MiArgentinaProfile {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  email_verified?: boolean;
  dni_number?: string;
  cuil?: string;
  [claim: string]: unknown;
}

/**
 * Mi Argentina. The `optional` scope adds the document number, CUIL, address and phone. Refreshes use the same
 * token endpoint with the client in the body. Without `clientId`, reads `MIARGENTINA_CLIENT_ID` /
 * `MIARGENTINA_CLIENT_SECRET` from the config source.
 *
 * @example miargentina({ clientId, clientSecret, scope: ["openid", "profile", "email", "optional"] })
 */
export const miargentina = oauth2Preset<NoOptions, MiArgentinaProfile>({
  id: "miargentina",
  name: "Mi Argentina",
  docs: "https://argob.github.io/mi-argentina-docs/doc/iniciar-sesion.html",
  checked: "2026-12-04",
  oauth2: {
    issuer: "https://id.argentina.gob.ar",
    authorizationUrl: "https://id.argentina.gob.ar/authorize/",
    tokenUrl: "https://id.argentina.gob.ar/token/",
    userinfoUrl: "https://id.argentina.gob.ar/userinfo/",
    scope: ["openid", "profile", "email"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: { url: "https://id.argentina.gob.ar/userinfo/", method: "POST", map: standardClaims },
});
