// QQ: the provider's documented behaviour.
import { qq } from "../../qq.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: qq,
    authorize: {
      url: "https://graph.qq.com/oauth2.0/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "get_user_info" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://graph.qq.com/oauth2.0/token",
      method: "GET",
      format: "query",
      auth: "post",
      params: { fmt: "json", need_openid: "1" },
      // No token type; the lifetime as a string; the openid asked for.
      answer: {
        access_token: "FE04************************CCE2",
        expires_in: "7776000",
        refresh_token: "88E4************************BE14",
        openid: "B4D2E8A1C0F94E3A9D7B6C5A4E3F2D1C",
      },
      expect: { openid: "B4D2E8A1C0F94E3A9D7B6C5A4E3F2D1C", token_type: "bearer" },
    },
    profile: { expected: { id: "B4D2E8A1C0F94E3A9D7B6C5A4E3F2D1C" } },
  },
];
