// Roblox: the provider's documented behaviour.
import { roblox } from "../../roblox.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: roblox,
    authorize: {
      url: "https://apis.roblox.com/oauth/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://apis.roblox.com/oauth/v1/token",
      auth: "post",
      answer: {
        access_token: "rbx-at",
        refresh_token: "rbx-rt",
        token_type: "Bearer",
        expires_in: 899,
        scope: "openid profile",
      },
      idToken: {
        iss: "https://apis.roblox.com/oauth/",
        sub: "1516563360",
        name: "exampleuser",
        nickname: "exampleuser",
        preferred_username: "exampleuser",
        created_at: 1584682495,
        profile: "https://www.roblox.com/users/1516563360/profile",
        picture: "https://tr.rbxcdn.com/30DAY-AvatarHeadshot-Png/150/150/AvatarHeadshot/Png",
      },
      expect: { refresh_token: "rbx-rt" },
    },
    profile: {
      expected: {
        id: "1516563360",
        name: "exampleuser",
        avatarUrl: "https://tr.rbxcdn.com/30DAY-AvatarHeadshot-Png/150/150/AvatarHeadshot/Png",
      },
    },
  },
];
