// Feishu / Lark: the provider's documented behaviour.
import { feishu } from "../../feishu.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const answer = {
  code: 0,
  access_token: "eyJhbGciOiJFUzI1NiIs**********X6wrZHYKDxJkWwhdkrYg",
  expires_in: 7200,
  refresh_token: "eyJhbGciOiJFUzI1NiIs**********XXOYOZz1mfgIYHwM8ZJA",
  refresh_token_expires_in: 604800,
  scope: "auth:user.id:read offline_access",
  token_type: "Bearer",
};

const profile = {
  code: 0,
  msg: "success",
  data: {
    name: "zhangsan",
    en_name: "zhangsan",
    avatar_url: "www.feishu.cn/avatar/icon",
    open_id: "ou-caecc734c2e3328a62489fe0648c4b98779515d3",
    union_id: "on-d89jhsdhjsajkda7828enjdj328ydhhw3u43yjhdj",
    email: "zhangsan@feishu.cn",
    enterprise_email: "demo@mail.com",
    user_id: "5d9bdxxx",
    tenant_key: "736588c92lxf175d",
  },
};

const expected = {
  id: "ou-caecc734c2e3328a62489fe0648c4b98779515d3",
  name: "zhangsan",
  email: "zhangsan@feishu.cn",
  avatarUrl: "www.feishu.cn/avatar/icon",
};

export const CASES: PresetCase[] = [
  {
    preset: feishu,
    authorize: {
      url: "https://accounts.feishu.cn/open-apis/authen/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://open.feishu.cn/open-apis/authen/v2/oauth/token",
      format: "json",
      auth: "post",
      answer,
      expect: { refresh_token_expires_in: 604800, scope: "auth:user.id:read offline_access" },
    },
    profile: { url: "https://open.feishu.cn/open-apis/authen/v1/user_info", answer: profile, expected },
  },
  {
    title: "Feishu / Lark (Lark region)",
    preset: feishu,
    options: { region: "lark" },
    authorize: {
      url: "https://accounts.larksuite.com/open-apis/authen/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://open.larksuite.com/open-apis/authen/v2/oauth/token",
      format: "json",
      auth: "post",
      answer,
      expect: { access_token: answer.access_token },
    },
    profile: { url: "https://open.larksuite.com/open-apis/authen/v1/user_info", answer: profile, expected },
  },
];
