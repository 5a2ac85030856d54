// ClaveÚnica: the provider's documented behaviour.
import { claveunica } from "../../claveunica.js";
import { CLIENT_ID, type PresetCase, STATE } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: claveunica,
    authorize: {
      url: "https://accounts.claveunica.gob.cl/openid/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid run name" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://accounts.claveunica.gob.cl/openid/token/",
      auth: "post",
      params: { state: STATE },
      answer: {
        access_token: "a7b3c9d1e5f24b6c8d0e2f4a6b8c0d2e",
        token_type: "bearer",
        expires_in: 3600,
      },
      expect: { access_token: "a7b3c9d1e5f24b6c8d0e2f4a6b8c0d2e" },
    },
    profile: {
      url: "https://accounts.claveunica.gob.cl/openid/userinfo/",
      method: "POST",
      answer: {
        sub: "2594",
        RolUnico: { numero: 44444444, DV: "4", tipo: "RUN" },
        name: { nombres: ["José", "Manuel"], apellidos: ["Perez", "Martinez"] },
      },
      expected: { id: "2594", name: "José Manuel Perez Martinez" },
    },
  },
];
