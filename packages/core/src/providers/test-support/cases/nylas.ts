// Nylas, one of Flask-Dance's presets: the provider's documented behaviour.
import { nylas } from "../../nylas.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: nylas,
    authorize: {
      url: "https://api.us.nylas.com/v3/connect/auth",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { region: "eu" }, params: {} }],
    token: {
      url: "https://api.us.nylas.com/v3/connect/token",
      format: "json",
      auth: "post",
      answer: {
        access_token: "ya29.a0AfB_byC",
        expires_in: 3600,
        refresh_token: "1//0gx8mN9",
        scope: "https://www.googleapis.com/auth/gmail.readonly profile",
        token_type: "Bearer",
        grant_id: "e19f8e1a-eb1c-41c0-b6a6-d2e59daf7f47",
        email: "nyla@example.com",
        provider: "google",
      },
      expect: { grant_id: "e19f8e1a-eb1c-41c0-b6a6-d2e59daf7f47" },
    },
    profile: { expected: { id: "e19f8e1a-eb1c-41c0-b6a6-d2e59daf7f47", email: "nyla@example.com" } },
  },
];
