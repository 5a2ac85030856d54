// Authelia: the provider's documented behaviour.
import { authelia } from "../../authelia.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: authelia,
    options: { issuer: "https://auth.example.com" },
    authorize: {
      url: "https://auth.example.com/api/oidc/authorization",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://auth.example.com/api/oidc/token",
      auth: "basic",
      answer: {
        access_token: "authelia_at_JdiYkyNk1VBvN3ZNtSJN1zYz3AmkQ3SE7QXo4GObCS8",
        expires_in: 3599,
        refresh_token: "authelia_rt_6t0ZHkYd8H9qP2nY7Wx3aA1bC4dE5fG6hI7jK8lM9nO",
        scope: "openid profile email offline_access",
        token_type: "bearer",
      },
      idToken: { iss: "https://auth.example.com", ...USER, groups: ["admins"] },
      expect: { token_type: "bearer" },
    },
    profile: { expected: USER_PROFILE },
  },
];
