// Douyin: the provider's documented behaviour.
import { douyin } from "../../douyin.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: douyin,
    authorize: {
      url: "https://open.douyin.com/platform/oauth/connect/",
      params: { client_key: CLIENT_ID, response_type: "code", scope: "user_info" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://open.douyin.com/oauth/access_token/",
      auth: "post",
      clientIdParam: "client_key",
      // The token sits in `data`.
      answer: {
        data: {
          access_token: "act.f7094fbffab2ecbfc45e9af9c32bc241oYdckvBKe82BPx8T******",
          captcha: "",
          desc_url: "",
          description: "",
          error_code: 0,
          expires_in: 1296000,
          log_id: "20230525105733ED3ED7AC56A******",
          open_id: "b9b71865-7fea-44cc-a4da-1fa3e5a5b6c7",
          refresh_expires_in: 2592000,
          refresh_token: "rft.713900b74edde9f30ec4e246b706da30t4CNdXdkhFa3bvBzT******",
          scope: "user_info",
        },
        message: "success",
      },
      expect: { open_id: "b9b71865-7fea-44cc-a4da-1fa3e5a5b6c7", refresh_expires_in: 2592000 },
    },
    profile: { expected: { id: "b9b71865-7fea-44cc-a4da-1fa3e5a5b6c7" } },
  },
];
