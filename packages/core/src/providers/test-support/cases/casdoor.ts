// Casdoor: the provider's documented behaviour.
import { casdoor } from "../../casdoor.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: casdoor,
    options: { endpoint: "https://door.example.com" },
    authorize: {
      url: "https://door.example.com/login/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://door.example.com/api/login/oauth/access_token",
      auth: "post",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.cd",
        token_type: "Bearer",
        refresh_token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.cdr",
        expires_in: 604800,
        scope: "openid profile email",
      },
      idToken: {
        iss: "https://door.example.com",
        sub: "8b5d8f3e-6c3a-4a1e-9d2b-7f1a2c3d4e5f",
        owner: "built-in",
        name: "janedoe",
        displayName: "Jane Doe",
        email: "janedoe@example.com",
        emailVerified: true,
        avatar: "https://cdn.casbin.org/img/casbin.svg",
      },
      expect: { refresh_token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.cdr" },
    },
    profile: {
      expected: {
        id: "8b5d8f3e-6c3a-4a1e-9d2b-7f1a2c3d4e5f",
        name: "Jane Doe",
        email: "janedoe@example.com",
        emailVerified: true,
        avatarUrl: "https://cdn.casbin.org/img/casbin.svg",
      },
    },
  },
];
