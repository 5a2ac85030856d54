// komoot: the provider's documented behaviour.
import { komoot } from "../../komoot.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: komoot,
    authorize: {
      url: "https://auth-api.main.komoot.net/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://auth-api.main.komoot.net/oauth/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiJ9.eyJ1c2VybmFtZSI6Ijc1MzE5NTQ2NzIxMCJ9.c2ln",
        token_type: "bearer",
        refresh_token: "d3f1c2b4-5a6e-4f7d-8c9b-0a1e2f3d4c5b",
        expires_in: 3599,
        scope: "profile",
        username: "753195467210",
      },
      expect: { username: "753195467210", refresh_token: "d3f1c2b4-5a6e-4f7d-8c9b-0a1e2f3d4c5b" },
    },
    profile: { expected: { id: "753195467210" } },
  },
];
