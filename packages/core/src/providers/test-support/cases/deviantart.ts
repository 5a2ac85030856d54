// DeviantArt: the provider's documented behaviour.
import { deviantart } from "../../deviantart.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: deviantart,
    authorize: {
      url: "https://www.deviantart.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://www.deviantart.com/oauth2/token",
      auth: "post",
      // A `status` field beside the RFC 6749 ones.
      answer: {
        expires_in: 3600,
        status: "success",
        access_token: "Alph4num3r1ct0k3nv4lu3",
        token_type: "Bearer",
        refresh_token: "3ul4vn3k0tc1r3mun4hpl4",
        scope: "basic user",
      },
      expect: { status: "success", refresh_token: "3ul4vn3k0tc1r3mun4hpl4", scope: "basic user" },
    },
    profile: {
      url: "https://www.deviantart.com/api/v1/oauth2/user/whoami",
      answer: {
        userid: "09A4052E-6EA0-A0A9-B5E8-47C3C6D7DF6D",
        username: "spyed",
        usericon: "https://a.deviantart.net/avatars/s/p/spyed.gif",
        type: "admin",
      },
      expected: {
        id: "09A4052E-6EA0-A0A9-B5E8-47C3C6D7DF6D",
        name: "spyed",
        avatarUrl: "https://a.deviantart.net/avatars/s/p/spyed.gif",
      },
    },
  },
];
