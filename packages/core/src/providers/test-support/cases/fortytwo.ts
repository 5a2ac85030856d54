// 42: the provider's documented behaviour.
import { fortytwo } from "../../fortytwo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: fortytwo,
    authorize: {
      url: "https://api.intra.42.fr/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "public" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.intra.42.fr/oauth/token",
      auth: "post",
      answer: {
        access_token: "42804d1f2e1d5bb68f2bd48a0ad4e1c5cd8f5d6b3b2e1f6a5d4c3b2a1f0e9d8c",
        token_type: "bearer",
        expires_in: 7200,
        refresh_token: "a5d4c3b2a1f0e9d8c42804d1f2e1d5bb68f2bd48a0ad4e1c5cd8f5d6b3b2e1f6",
        scope: "public",
        created_at: 1443451918,
        secret_valid_until: 1767225600,
      },
      expect: { scope: "public", created_at: 1443451918 },
    },
    profile: {
      url: "https://api.intra.42.fr/v2/me",
      answer: {
        id: 2,
        email: "andre@42.fr",
        login: "andre",
        first_name: "André",
        last_name: "Aubin",
        usual_full_name: "Juliette Aubin",
        displayname: "André Aubin",
        image: {
          link: "https://cdn.intra.42.fr/users/1234567890/andre.jpg",
          versions: { large: "https://cdn.intra.42.fr/users/large_andre.jpg" },
        },
        "staff?": false,
      },
      expected: {
        id: 2,
        name: "Juliette Aubin",
        email: "andre@42.fr",
        avatarUrl: "https://cdn.intra.42.fr/users/1234567890/andre.jpg",
      },
    },
  },
];
