// Polar AccessLink: the provider's documented behaviour.
import { polar } from "../../polar.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: polar,
    authorize: {
      url: "https://flow.polar.com/oauth2/authorization",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "accesslink.read_all" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://polarremote.com/v2/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "2YotnFZFEjr1zCsicMWpAA",
        token_type: "bearer",
        expires_in: 31535999,
        x_user_id: 10001,
      },
      expect: { access_token: "2YotnFZFEjr1zCsicMWpAA", x_user_id: 10001 },
    },
    profile: { expected: { id: 10001 } },
  },
];
