// Canva: the provider's documented behaviour.
import { canva } from "../../canva.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: canva,
    authorize: {
      url: "https://www.canva.com/api/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.canva.com/rest/v1/oauth/token",
      auth: "basic",
      answer: {
        access_token:
          "JagALLazU0i2ld9WW4zTO4kaG0lkvP8Y5sSO206ZwxNF4E1y3xKJKF7TzN17BXTfaNOeY0P88AeRCE6cRF7SJzvf3Sx97rA80sGHtFplFo",
        refresh_token:
          "JABix5nolsk9k8n2r0f8nq1gw4zjo40ht6sb4i573wgdzmkwdmiy6muh897hp0bxyab276wtgqkvyd2e8a7uodx7nf38qo5o4ao7vw",
        token_type: "Bearer",
        expires_in: 14400,
        scope: "profile:read",
      },
      expect: {
        refresh_token:
          "JABix5nolsk9k8n2r0f8nq1gw4zjo40ht6sb4i573wgdzmkwdmiy6muh897hp0bxyab276wtgqkvyd2e8a7uodx7nf38qo5o4ao7vw",
      },
    },
    profile: {
      url: "https://api.canva.com/rest/v1/users/me",
      answer: { team_user: { user_id: "auDAbliZ2rQNNOsUl5OLu", team_id: "Oi2RJILTrKk0KRhRUZozX" } },
      expected: { id: "auDAbliZ2rQNNOsUl5OLu" },
    },
  },
];
