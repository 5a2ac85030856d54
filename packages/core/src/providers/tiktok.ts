// TikTok Login Kit (v2): `client_key` instead of `client_id`, comma-separated scopes, trailing slashes on every URL.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** TikTok's `GET /v2/user/info/?fields=open_id,union_id,avatar_url,display_name`. */
export interface TikTokProfile {
  data: { user: { open_id: string; union_id?: string; avatar_url?: string; display_name?: string } };
  error: { code: string; message: string; log_id: string };
}

/**
 * TikTok. `clientId` is the client key. Without `clientId`, reads `TIKTOK_CLIENT_ID` / `TIKTOK_CLIENT_SECRET`
 * from the config source.
 *
 * @example tiktok({ clientId: clientKey, clientSecret, scope: ["user.info.basic", "video.list"] })
 */
export const tiktok = oauth2Preset<NoOptions, TikTokProfile>({
  id: "tiktok",
  name: "TikTok",
  docs: "https://developers.tiktok.com/doc/login-kit-web",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.tiktok.com/v2/auth/authorize/",
    tokenUrl: "https://open.tiktokapis.com/v2/oauth/token/",
    revocationUrl: "https://open.tiktokapis.com/v2/oauth/revoke/",
    baseUrl: "https://open.tiktokapis.com/v2/",
    scope: ["user.info.basic"],
    scopeSeparator: ",",
    clientIdParam: "client_key",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "user/info/?fields=open_id,union_id,avatar_url,display_name",
    map: ({ data: { user } }) => ({ id: user.open_id, name: user.display_name, avatarUrl: user.avatar_url }),
  },
});
