// Typeform: the provider's documented behaviour.
import { typeform } from "../../typeform.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ANSWER = {
  access_token: "7d2b6c1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c",
  token_type: "bearer",
  expires_in: 604800,
  refresh_token: "2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c",
  scope: "accounts:read offline",
};

const ME = {
  user_id: "01HXYZ2ABCDEF3GHJKMNPQRSTV",
  alias: "Typeform User",
  email: "user@example.com",
  language: "en",
};

export const CASES: PresetCase[] = [
  {
    preset: typeform,
    authorize: {
      url: "https://api.typeform.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "accounts:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.typeform.com/oauth/token",
      auth: "post",
      answer: ANSWER,
      expect: { refresh_token: ANSWER.refresh_token, scope: "accounts:read offline" },
    },
    profile: {
      url: "https://api.typeform.com/me",
      answer: ME,
      expected: { id: "01HXYZ2ABCDEF3GHJKMNPQRSTV", name: "Typeform User", email: "user@example.com" },
    },
  },
  {
    title: "Typeform (EU data centre)",
    preset: typeform,
    options: { region: "eu" },
    authorize: {
      url: "https://api.typeform.eu/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "accounts:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.typeform.eu/oauth/token",
      auth: "post",
      answer: ANSWER,
      expect: { access_token: ANSWER.access_token },
    },
    profile: {
      url: "https://api.typeform.eu/me",
      answer: ME,
      expected: { id: "01HXYZ2ABCDEF3GHJKMNPQRSTV", name: "Typeform User", email: "user@example.com" },
    },
  },
];
