// Wahoo: the provider's documented behaviour.
import { wahoo } from "../../wahoo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: wahoo,
    authorize: {
      url: "https://api.wahooligan.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "email user_read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.wahooligan.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "6Vb4Q0aRnQmUJ1XkYhN3p0cOZ5sT8wE2",
        token_type: "Bearer",
        expires_in: 7199,
        refresh_token: "Yx1QpN7rT4mV8cB2zK5jH0gF3dS6aL9e",
        scope: "email user_read",
        created_at: 1727654400,
      },
      expect: { refresh_token: "Yx1QpN7rT4mV8cB2zK5jH0gF3dS6aL9e", created_at: 1727654400 },
    },
    profile: {
      url: "https://api.wahooligan.com/v1/user",
      answer: {
        id: 60462,
        height: "2.0",
        weight: "80.0",
        first: "Bob",
        last: "Smith",
        email: "sample@test-domain.com",
        birth: "1980-10-02",
        gender: 1,
        created_at: "2018-10-23T15:38:23.000Z",
        updated_at: "2018-10-24T20:46:40.000Z",
      },
      expected: { id: 60462, name: "Bob Smith", email: "sample@test-domain.com" },
    },
  },
];
