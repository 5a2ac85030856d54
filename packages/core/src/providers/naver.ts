// Naver Login: the state goes back to the token endpoint; expires_in arrives as a string; profile under `response`.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Naver's `GET /v1/nid/me`. */
export interface NaverProfile {
  resultcode: string;
  message: string;
  response: {
    id: string;
    nickname?: string;
    name?: string;
    email?: string;
    profile_image?: string;
    [field: string]: unknown;
  };
}

/**
 * Naver. Without `clientId`, reads `NAVER_CLIENT_ID` / `NAVER_CLIENT_SECRET` from the config source.
 *
 * @example naver({ clientId, clientSecret })
 */
export const naver = oauth2Preset<NoOptions, NaverProfile>({
  id: "naver",
  name: "Naver",
  docs: "https://developers.naver.com/docs/login/api/api.md",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://nid.naver.com/oauth2.0/authorize",
    tokenUrl: "https://nid.naver.com/oauth2.0/token",
    baseUrl: "https://openapi.naver.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenCallbackParams: ["state"],
    pkceSupport: "unsupported",
    refresh: "reuses",
  },
  profile: {
    url: "v1/nid/me",
    map: ({ response: user }) => ({
      id: user.id,
      name: user.name ?? user.nickname,
      email: user.email,
      avatarUrl: user.profile_image,
    }),
  },
});
