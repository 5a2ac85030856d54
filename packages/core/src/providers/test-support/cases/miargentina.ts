// Mi Argentina: the provider's documented behaviour.
import { miargentina } from "../../miargentina.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: miargentina,
    authorize: {
      url: "https://id.argentina.gob.ar/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://id.argentina.gob.ar/token/",
      auth: "post",
      answer: {
        access_token: "82b35f3d810f4cf49dd7a52d4b22a594",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "0bac2d80d75d46658b0b31d3778039bb",
      },
      idToken: { iss: "https://id.argentina.gob.ar", sub: "8a3b5c7d9e" },
      expect: { refresh_token: "0bac2d80d75d46658b0b31d3778039bb" },
    },
    profile: {
      url: "https://id.argentina.gob.ar/userinfo/",
      method: "POST",
      answer: {
        sub: "8a3b5c7d9e",
        name: "Juan Pérez",
        given_name: "Juan",
        family_name: "Pérez",
        gender: "M",
        birthdate: "1980-05-02",
        email: "juan.perez@example.com.ar",
      },
      expected: { id: "8a3b5c7d9e", name: "Juan Pérez", email: "juan.perez@example.com.ar" },
    },
  },
];
