// Authentiq, one of Flask-Dance's presets: the provider's documented behaviour.
import { authentiq } from "../../authentiq.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: authentiq,
    authorize: {
      url: "https://connect.authentiq.io/authorize",
      params: { client_id: CLIENT_ID, scope: "openid profile", response_type: "code" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { hostname: "id.example.org" }, params: {} }],
    token: {
      url: "https://connect.authentiq.io/token",
      auth: "basic",
      answer: { access_token: "aq-at", token_type: "Bearer", expires_in: 3600, refresh_token: "aq-rt" },
      idToken: { iss: "https://connect.authentiq.io/", sub: "aq|7d2f", name: "Ada Lovelace" },
      expect: { access_token: "aq-at", refresh_token: "aq-rt" },
    },
    profile: { expected: { id: "aq|7d2f", name: "Ada Lovelace" } },
  },
];
