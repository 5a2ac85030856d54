// Instagram: the provider's documented behaviour.
import { instagram } from "../../instagram.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: instagram,
    authorize: {
      url: "https://www.instagram.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "instagram_business_basic" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.instagram.com/oauth/access_token",
      auth: "post",
      // The token sits in `data[0]`, without a type.
      answer: {
        data: [
          {
            access_token: "IGQVJ-short-lived",
            user_id: "17841405793187218",
            permissions: "instagram_business_basic",
          },
        ],
      },
      expect: { access_token: "IGQVJ-short-lived", user_id: "17841405793187218", token_type: "bearer" },
    },
    profile: {
      url: "https://graph.instagram.com/me?fields=user_id,username,name,profile_picture_url",
      auth: { query: "access_token" },
      answer: {
        id: "17841405793187218",
        user_id: "17841405793187218",
        username: "jane.ig",
        name: "Jane",
        profile_picture_url: "https://scontent.cdninstagram.com/v/t51.2885-19/jane.jpg",
      },
      expected: {
        id: "17841405793187218",
        name: "Jane",
        avatarUrl: "https://scontent.cdninstagram.com/v/t51.2885-19/jane.jpg",
      },
    },
  },
];
