// Dribbble: the provider's documented behaviour.
import { dribbble } from "../../dribbble.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: dribbble,
    authorize: {
      url: "https://dribbble.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "public" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://dribbble.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "29ed478ab86c07f1c069b1af76088f7431396b7c4a2523d06911345da82224a0",
        token_type: "bearer",
        scope: "public",
        created_at: 1439591829,
      },
      expect: { created_at: 1439591829 },
    },
    profile: {
      url: "https://api.dribbble.com/v2/user",
      answer: {
        id: 1,
        name: "Dan Cederholm",
        login: "simplebits",
        avatar_url: "https://cdn.dribbble.com/users/1/avatars/normal/dc.jpg",
      },
      expected: {
        id: 1,
        name: "Dan Cederholm",
        avatarUrl: "https://cdn.dribbble.com/users/1/avatars/normal/dc.jpg",
      },
    },
  },
];
