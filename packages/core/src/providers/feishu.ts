// Feishu / Lark: RFC 6749 OAuth (v2 token endpoint) on one of two regional hosts, JSON token requests, `data` profile.
import { DanceError } from "../errors.js";
import { oauth2Preset } from "./preset.js";

export interface FeishuOptions {
  /** `feishu` (open.feishu.cn, mainland China) or `lark` (open.larksuite.com, elsewhere). Default `feishu`. */
  region?: "feishu" | "lark";
}

/** Feishu's `GET /open-apis/authen/v1/user_info`, the fields the profile reads. */
export interface FeishuProfile {
  code: number;
  msg: string;
  data: {
    open_id: string;
    union_id?: string;
    user_id?: string;
    name?: string;
    en_name?: string;
    avatar_url?: string;
    email?: string;
    enterprise_email?: string;
    tenant_key?: string;
    [field: string]: unknown;
  };
}

const HOSTS = {
  feishu: { accounts: "accounts.feishu.cn", open: "open.feishu.cn" },
  lark: { accounts: "accounts.larksuite.com", open: "open.larksuite.com" },
} as const;

/**
 * Feishu (Lark outside China). `clientId` is the App ID. The token endpoint takes JSON; add `offline_access` to
 * the scope for a refresh token, which is single-use (rotating). The profile's id is the app-scoped `open_id`.
 * Without `clientId`, reads `FEISHU_CLIENT_ID` / `FEISHU_CLIENT_SECRET` from the config source.
 *
 * @throws DanceError `invalid_options` when `region` is neither `feishu` nor `lark`.
 * @example feishu({ clientId: appId, clientSecret: appSecret, region: "lark", scope: ["offline_access"] })
 */
export const feishu = oauth2Preset<FeishuOptions, FeishuProfile>({
  id: "feishu",
  name: "Feishu / Lark",
  docs: "https://open.feishu.cn/document/common-capabilities/sso/web-application-end-user-consent/guide",
  checked: "2026-12-04",
  options: ["region"],
  defaultOptions: { region: "feishu" },
  oauth2: ({ region = "feishu" }) => {
    const hosts = HOSTS[region];
    if (!hosts) {
      throw new DanceError(
        "invalid_options",
        'Invalid options: feishu().region: must be "feishu" or "lark"',
        {
          step: "options",
        },
      );
    }
    return {
      authorizationUrl: `https://${hosts.accounts}/open-apis/authen/v1/authorize`,
      tokenUrl: `https://${hosts.open}/open-apis/authen/v2/oauth/token`,
      baseUrl: `https://${hosts.open}/open-apis/`,
      tokenEndpointAuthMethod: "client_secret_post",
      tokenRequestFormat: "json",
      refresh: "rotating",
    };
  },
  profile: {
    url: "authen/v1/user_info",
    map: ({ data: user }) => ({
      id: user.open_id,
      name: user.name ?? user.en_name,
      email: user.email ?? user.enterprise_email,
      avatarUrl: user.avatar_url,
    }),
  },
});
