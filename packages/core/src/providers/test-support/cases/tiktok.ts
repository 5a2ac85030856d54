// TikTok: the provider's documented behaviour.
import { tiktok } from "../../tiktok.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: tiktok,
    authorize: {
      url: "https://www.tiktok.com/v2/auth/authorize/",
      params: { client_key: CLIENT_ID, response_type: "code", scope: "user.info.basic" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://open.tiktokapis.com/v2/oauth/token/",
      auth: "post",
      clientIdParam: "client_key",
      answer: {
        access_token: "act.example12345Example12345Example",
        expires_in: 86400,
        open_id: "afd97af1-b87b-48b9-ac98-410aghda5344",
        refresh_expires_in: 31536000,
        refresh_token: "rft.example12345Example12345Example",
        scope: "user.info.basic,video.list",
        token_type: "Bearer",
      },
      expect: { open_id: "afd97af1-b87b-48b9-ac98-410aghda5344", refresh_expires_in: 31536000 },
    },
    profile: {
      url: "https://open.tiktokapis.com/v2/user/info/?fields=open_id,union_id,avatar_url,display_name",
      answer: {
        data: {
          user: {
            open_id: "723f24d7-e717-40f8-a2b6-cb8464cd23b4",
            union_id: "c9c60f44-a68e-4f5d-84dd-ce22faeb0ba1",
            avatar_url:
              "https://p19-sign.tiktokcdn-us.com/tos-useast5-avt-0068-tx/b17f0e4b3a4f4a50993cf72cda8b88b8~c5_168x168.jpeg",
            display_name: "Tik Toker",
          },
        },
        error: { code: "ok", message: "", log_id: "20220829194722CBE87ED59D524E727021" },
      },
      expected: {
        id: "723f24d7-e717-40f8-a2b6-cb8464cd23b4",
        name: "Tik Toker",
        avatarUrl:
          "https://p19-sign.tiktokcdn-us.com/tos-useast5-avt-0068-tx/b17f0e4b3a4f4a50993cf72cda8b88b8~c5_168x168.jpeg",
      },
    },
  },
];
