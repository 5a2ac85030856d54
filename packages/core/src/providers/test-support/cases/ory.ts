// Ory Network / Hydra: the provider's documented behaviour.
import { ory } from "../../ory.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: ory,
    options: { issuer: "https://example.projects.oryapis.com" },
    authorize: {
      url: "https://example.projects.oryapis.com/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://example.projects.oryapis.com/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "ory_at_6yOvTdOvgodDGk8qkK_f4hOzbSy1bB9cHFGp",
        expires_in: 3599,
        refresh_token: "ory_rt_kjQ2ZnKwWNCl8nz5zJgq3oQbxIy4hRz3",
        scope: "openid email profile offline_access",
        token_type: "bearer",
      },
      idToken: { iss: "https://example.projects.oryapis.com", ...USER },
      expect: { refresh_token: "ory_rt_kjQ2ZnKwWNCl8nz5zJgq3oQbxIy4hRz3" },
    },
    profile: { expected: USER_PROFILE },
  },
];
