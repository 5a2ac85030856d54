// Aidbox: the provider's documented behaviour (authorization code grant).
import { aidbox } from "../../aidbox.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: aidbox,
    options: { server: "https://aidbox.example.com" },
    authorize: {
      url: "https://aidbox.example.com/auth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://aidbox.example.com/auth/token",
      format: "json",
      auth: "post",
      answer: {
        token_type: "Bearer",
        expires_in: 3600,
        access_token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyIn0.c2ln",
        refresh_token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0eXAiOiJyZWZyZXNoIn0.c2ln",
        userinfo: { email: "user@mail.com", id: "user", resourceType: "User" },
      },
      expect: { userinfo: { id: "user" } },
    },
    profile: { expected: { id: "user", email: "user@mail.com" } },
  },
];
