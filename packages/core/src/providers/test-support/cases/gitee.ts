// Gitee: the provider's documented behaviour.
import { gitee } from "../../gitee.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: gitee,
    authorize: {
      url: "https://gitee.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user_info" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://gitee.com/oauth/token",
      auth: "post",
      headers: { "user-agent": "oauth-dance" },
      answer: {
        access_token: "5f6a1b2c3d4e5f60718293a4b5c6d7e8",
        token_type: "bearer",
        expires_in: 86400,
        refresh_token: "9a8b7c6d5e4f30211f2e3d4c5b6a7980a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",
        scope: "user_info",
        created_at: 1713600000,
      },
      expect: {
        access_token: "5f6a1b2c3d4e5f60718293a4b5c6d7e8",
        refresh_token: "9a8b7c6d5e4f30211f2e3d4c5b6a7980a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",
        created_at: 1713600000,
      },
    },
    profile: {
      url: "https://gitee.com/api/v5/user",
      auth: { query: "access_token" },
      answer: {
        id: 123456,
        login: "zhangsan",
        name: "张三",
        avatar_url: "https://foruda.gitee.com/avatar/1677000000000/123456_zhangsan.png",
        html_url: "https://gitee.com/zhangsan",
        email: null,
      },
      expected: {
        id: 123456,
        name: "张三",
        avatarUrl: "https://foruda.gitee.com/avatar/1677000000000/123456_zhangsan.png",
      },
    },
  },
];
