// Egnyte: the provider's documented behaviour.
import { egnyte } from "../../egnyte.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: egnyte,
    options: { domain: "acme.egnyte.com" },
    authorize: {
      url: "https://acme.egnyte.com/puboauth/token",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "Egnyte.filesystem" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://acme.egnyte.com/puboauth/token",
      auth: "post",
      answer: { access_token: "68zc95e3xv954u6k3hbnma3q", token_type: "bearer" },
      expect: { access_token: "68zc95e3xv954u6k3hbnma3q" },
    },
    profile: {
      url: "https://acme.egnyte.com/pubapi/v1/userinfo",
      answer: { id: 2, username: "test", first_name: "Test", last_name: "User" },
      expected: { id: 2, name: "Test User" },
    },
  },
];
