// Webflow: the provider's documented behaviour.
import { webflow } from "../../webflow.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: webflow,
    authorize: {
      url: "https://webflow.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "authorized_user:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.webflow.com/oauth/access_token",
      auth: "post",
      answer: {
        access_token: "74a9b1c3d5e7f90123456789abcdef0123456789abcdef0123456789abcdef01",
        token_type: "bearer",
      },
      expect: { access_token: "74a9b1c3d5e7f90123456789abcdef0123456789abcdef0123456789abcdef01" },
    },
    profile: {
      url: "https://api.webflow.com/v2/token/authorized_by",
      answer: {
        id: "545bbecb7bdd6769632504a7",
        email: "some@email.com",
        firstName: "Some",
        lastName: "One",
      },
      expected: { id: "545bbecb7bdd6769632504a7", name: "Some One", email: "some@email.com" },
    },
  },
];
