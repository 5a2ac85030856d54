// Brex: the provider's documented behaviour.
import { brex } from "../../brex.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: brex,
    authorize: {
      url: "https://accounts-api.brex.com/oauth2/default/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid offline_access users.readonly" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { staging: true }, params: {} }],
    token: {
      url: "https://accounts-api.brex.com/oauth2/default/v1/token",
      auth: "post",
      answer: {
        token_type: "Bearer",
        expires_in: 3600,
        access_token: "eyJraWQiOiJicmV4IiwiYWxnIjoiUlMyNTYifQ.brex-at",
        scope: "openid offline_access users.readonly",
        refresh_token: "a9Xk2mQ7pL3vR8tY1wZ5",
      },
      idToken: { iss: "https://accounts-api.brex.com/oauth2/default", sub: "00u1a2b3c4d5e6f7g8h9" },
      expect: { refresh_token: "a9Xk2mQ7pL3vR8tY1wZ5" },
    },
    profile: {
      url: "https://api.brex.com/v2/users/me",
      answer: {
        id: "cuuser_cl9dyfa4a000001mj4iy0e0rb",
        first_name: "Jane",
        last_name: "Doe",
        email: "jane@example.com",
        status: "ACTIVE",
        manager_id: null,
        department_id: null,
        location_id: null,
        title_id: null,
        metadata: {},
      },
      expected: { id: "cuuser_cl9dyfa4a000001mj4iy0e0rb", name: "Jane Doe", email: "jane@example.com" },
    },
  },
];
