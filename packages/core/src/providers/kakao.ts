// Kakao Login: comma-separated scopes, the (optional) client secret in the body.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Kakao's `GET /v2/user/me`. */
export interface KakaoProfile {
  id: number;
  kakao_account?: {
    profile?: { nickname?: string; profile_image_url?: string };
    email?: string;
    is_email_valid?: boolean;
    is_email_verified?: boolean;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * Kakao. `clientId` is the REST API key. Without `clientId`, reads `KAKAO_CLIENT_ID` / `KAKAO_CLIENT_SECRET`.
 *
 * @example kakao({ clientId: restApiKey, clientSecret, scope: ["profile_nickname", "account_email"] })
 */
export const kakao = oauth2Preset<NoOptions, KakaoProfile>({
  id: "kakao",
  name: "Kakao",
  docs: "https://developers.kakao.com/docs/latest/en/kakaologin/rest-api",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://kauth.kakao.com/oauth/authorize",
    tokenUrl: "https://kauth.kakao.com/oauth/token",
    baseUrl: "https://kapi.kakao.com/",
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "v2/user/me",
    map: ({ id, kakao_account: account }) => ({
      id,
      name: account?.profile?.nickname,
      email: account?.email,
      emailVerified: account?.email ? account.is_email_verified : undefined,
      avatarUrl: account?.profile?.profile_image_url,
    }),
  },
});
