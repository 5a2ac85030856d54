// Hugging Face: the provider's documented behaviour.
import { huggingface } from "../../huggingface.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: huggingface,
    authorize: {
      url: "https://huggingface.co/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://huggingface.co/oauth/token",
      auth: "basic",
      answer: {
        access_token: "hf_oauth_abc",
        token_type: "bearer",
        expires_in: 28800,
        refresh_token: "hf_oauth_r",
        scope: "openid profile email",
      },
      idToken: {
        iss: "https://huggingface.co",
        sub: "6412a0ad9b3f3d5c2e1f0a1b",
        name: "Clem",
        preferred_username: "clem",
        profile: "https://huggingface.co/clem",
        picture: "https://cdn-avatars.huggingface.co/v1/production/uploads/clem.png",
        email: "clem@example.com",
        email_verified: true,
      },
      expect: { refresh_token: "hf_oauth_r" },
    },
    profile: {
      expected: {
        id: "6412a0ad9b3f3d5c2e1f0a1b",
        name: "Clem",
        email: "clem@example.com",
        emailVerified: true,
        avatarUrl: "https://cdn-avatars.huggingface.co/v1/production/uploads/clem.png",
      },
    },
  },
];
