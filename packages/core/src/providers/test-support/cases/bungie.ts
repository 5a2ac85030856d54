// Bungie.net: the provider's documented behaviour.
import { bungie } from "../../bungie.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const API_KEY = "6747e6eaab87471cb98620895e554c69";

export const CASES: PresetCase[] = [
  {
    preset: bungie,
    options: { apiKey: API_KEY },
    authorize: {
      url: "https://www.bungie.net/en/oauth/authorize",
      // No scope: it is fixed when the application is registered.
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { reauth: true }, params: { reauth: "true" } }],
    token: {
      url: "https://www.bungie.net/platform/app/oauth/token/",
      auth: "basic",
      answer: {
        access_token:
          "CKWQEhKGAgAgmzq2pPlgSb7xFhy4GuaURo2GxN4sB+ssyUjJZnyaKJPgAAAAnfCR0Dw+Y+eUv5cXBeL3dW1EqEn2aRA",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token:
          "CKWQEhKGAgAg8qNUzRvVXuvqDAhRB0oNiZ3ciZjn9n8BBJ1NIr5ZVOzgAAAAkZAdCROvWC8s5s7ITjlHL2uFfi14QQ",
        refresh_expires_in: 7776000,
        membership_id: "4611686018467284386",
      },
      expect: { membership_id: "4611686018467284386", refresh_expires_in: 7776000 },
    },
    profile: {
      url: "https://www.bungie.net/Platform/User/GetMembershipsForCurrentUser/",
      headers: { "x-api-key": API_KEY },
      answer: {
        Response: {
          destinyMemberships: [
            {
              membershipType: 3,
              membershipId: "4611686018467284386",
              displayName: "Guardian",
              bungieGlobalDisplayName: "Guardian",
              bungieGlobalDisplayNameCode: 1234,
            },
          ],
          bungieNetUser: {
            membershipId: "14214042",
            uniqueName: "Guardian#1234",
            displayName: "Guardian",
            profilePicturePath: "/img/profile/avatars/default_avatar.gif",
            locale: "en",
          },
        },
        ErrorCode: 1,
        ThrottleSeconds: 0,
        ErrorStatus: "Success",
        Message: "Ok",
        MessageData: {},
      },
      expected: {
        id: "14214042",
        name: "Guardian#1234",
        avatarUrl: "https://www.bungie.net/img/profile/avatars/default_avatar.gif",
      },
    },
  },
];
