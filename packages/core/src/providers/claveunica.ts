// ClaveÚnica (Chile): the state is sent back with the code exchange; the RUN and name come from a POST to UserInfo.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** ClaveÚnica's `POST /openid/userinfo/` (scopes `openid run name`, plus `email`). */
export interface ClaveUnicaProfile {
  sub: string;
  /** The RUN: number, check digit and type. */
  RolUnico?: { numero: number; DV: string; tipo: string };
  name?: { nombres?: string[]; apellidos?: string[] };
  email?: string;
  [field: string]: unknown;
}

/**
 * ClaveÚnica. The token endpoint wants the `state` of the login beside the code, and the secret in the body.
 * The ID token is not checked (no nonce is documented); the user comes from UserInfo. No refresh tokens. Without
 * `clientId`, reads `CLAVEUNICA_CLIENT_ID` / `CLAVEUNICA_CLIENT_SECRET` from the config source.
 *
 * @example claveunica({ clientId, clientSecret, scope: ["openid", "run", "name", "email"] })
 */
export const claveunica = oauth2Preset<NoOptions, ClaveUnicaProfile>({
  id: "claveunica",
  name: "ClaveÚnica",
  docs: "https://digital.gob.cl/biblioteca/guias/claveunica/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://accounts.claveunica.gob.cl/openid/authorize/",
    tokenUrl: "https://accounts.claveunica.gob.cl/openid/token/",
    userinfoUrl: "https://accounts.claveunica.gob.cl/openid/userinfo/",
    scope: ["openid", "run", "name"],
    openid: false,
    tokenEndpointAuthMethod: "client_secret_post",
    tokenCallbackParams: ["state"],
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "https://accounts.claveunica.gob.cl/openid/userinfo/",
    method: "POST",
    map: (raw) => ({
      id: raw.sub,
      name: [...(raw.name?.nombres ?? []), ...(raw.name?.apellidos ?? [])].join(" ") || undefined,
      email: text(raw.email),
    }),
  },
});
