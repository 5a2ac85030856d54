// FusionAuth: the provider's documented behaviour.
import { fusionauth } from "../../fusionauth.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: fusionauth,
    options: { domain: "auth.example.com" },
    authorize: {
      url: "https://auth.example.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    variants: [
      {
        options: { tenantId: "f6e4e1f0-0d3c-4b2a-9e2d-6c9b8a7f5e4d" },
        params: { tenantId: "f6e4e1f0-0d3c-4b2a-9e2d-6c9b8a7f5e4d" },
      },
    ],
    token: {
      url: "https://auth.example.com/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.fa",
        expires_in: 3599,
        refresh_token: "ze9fi6Y9sMSf3yWp3aaO2w7AkG0ip3MpzEsWUaNDS8g",
        scope: "openid email profile offline_access",
        token_type: "Bearer",
        userId: "3b6d2f70-4821-4694-ac89-60333c9c4165",
      },
      idToken: { iss: "https://auth.example.com", ...USER },
      expect: { userId: "3b6d2f70-4821-4694-ac89-60333c9c4165" },
    },
    profile: { expected: USER_PROFILE },
  },
];
