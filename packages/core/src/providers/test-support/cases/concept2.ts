// Concept2 Logbook: the provider's documented behaviour.
import { concept2 } from "../../concept2.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: concept2,
    options: { scope: ["user:read", "results:read"] },
    authorize: {
      url: "https://log.concept2.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user:read,results:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://log.concept2.com/oauth/access_token",
      auth: "post",
      answer: {
        token_type: "Bearer",
        expires_in: 604800,
        access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.c2Vzc2lvbg.c2ln",
        refresh_token: "def50200a5c1f4e8b7d2a9c3e6f0b1d4",
      },
      expect: { refresh_token: "def50200a5c1f4e8b7d2a9c3e6f0b1d4" },
    },
    profile: {
      url: "https://log.concept2.com/api/users/me",
      answer: {
        data: {
          id: 1,
          username: "david",
          first_name: "David",
          last_name: "Hart",
          gender: "M",
          dob: "1983-06-10",
          email: "david@example.com",
          country: "USA",
          profile_image: "https://log.concept2.com/img/profile/1.jpg",
          age_restricted: false,
          email_permission: true,
          max_heart_rate: null,
          weight: 8200,
          logbook_privacy: "everyone",
        },
      },
      expected: {
        id: 1,
        name: "David Hart",
        email: "david@example.com",
        avatarUrl: "https://log.concept2.com/img/profile/1.jpg",
      },
    },
  },
];
