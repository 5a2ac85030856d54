// Netlify: the provider's documented behaviour.
import { netlify } from "../../netlify.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: netlify,
    authorize: {
      url: "https://app.netlify.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.netlify.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "nfp_Vd7Yk1u1bS2h3m4n5o6p7q8r9s0t1u2v3w4x",
        token_type: "Bearer",
        created_at: 1700000000,
      },
      expect: { access_token: "nfp_Vd7Yk1u1bS2h3m4n5o6p7q8r9s0t1u2v3w4x", created_at: 1700000000 },
    },
    profile: {
      url: "https://api.netlify.com/api/v1/user",
      answer: {
        id: "5c0a7f2b1e3d4c0012345678",
        uid: "5c0a7f2b1e3d4c0012345678",
        full_name: "Jane Netlifer",
        avatar_url: "https://avatars.githubusercontent.com/u/1?v=4",
        email: "jane@example.com",
        site_count: 3,
        login_providers: ["github"],
      },
      expected: {
        id: "5c0a7f2b1e3d4c0012345678",
        name: "Jane Netlifer",
        email: "jane@example.com",
        avatarUrl: "https://avatars.githubusercontent.com/u/1?v=4",
      },
    },
  },
];
