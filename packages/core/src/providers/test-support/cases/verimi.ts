// Verimi: the provider's documented behaviour.
import { verimi } from "../../verimi.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: verimi,
    authorize: {
      url: "https://web.verimi.de/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid login email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://web.verimi.de/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "ory_at_Mk3rQ2bWJ4.verimi",
        expires_in: 3599,
        scope: "openid login email",
        token_type: "bearer",
      },
      idToken: { iss: "https://web.verimi.de", sub: "2c1f4a6e-7b1d-4e8a-9a57-3f0b8d2e6c11" },
      expect: { scope: "openid login email" },
    },
    profile: {
      url: "https://web.verimi.de/userinfo",
      answer: {
        sub: "2c1f4a6e-7b1d-4e8a-9a57-3f0b8d2e6c11",
        email: "erika.mustermann@example.de",
        email_verified: true,
      },
      expected: {
        id: "2c1f4a6e-7b1d-4e8a-9a57-3f0b8d2e6c11",
        email: "erika.mustermann@example.de",
        emailVerified: true,
      },
    },
  },
];
