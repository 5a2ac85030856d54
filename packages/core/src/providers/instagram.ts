// Instagram API with Instagram Login (business and creator accounts): the token wrapped in `data[0]`, no token type.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Instagram's `GET /me?fields=user_id,username,name,profile_picture_url`. */
export interface InstagramProfile {
  id: string;
  user_id: string;
  username: string;
  name?: string;
  profile_picture_url?: string;
  [field: string]: unknown;
}

/**
 * Instagram. Tokens last an hour; trade them for 60-day tokens through the Graph API. Without `clientId`, reads
 * `INSTAGRAM_CLIENT_ID` / `INSTAGRAM_CLIENT_SECRET` (the Instagram app id and secret) from the config source.
 *
 * @example instagram({ clientId, clientSecret, scope: ["instagram_business_basic"] })
 */
export const instagram = oauth2Preset<NoOptions, InstagramProfile>({
  id: "instagram",
  name: "Instagram",
  docs: "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.instagram.com/oauth/authorize",
    tokenUrl: "https://api.instagram.com/oauth/access_token",
    baseUrl: "https://graph.instagram.com/",
    scope: ["instagram_business_basic"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenResponse: { unwrap: "data.0", errorDescription: "error_message" },
    pkceSupport: "unsupported",
    refresh: "none",
    apiTokenParam: "access_token",
  },
  profile: {
    url: "me?fields=user_id,username,name,profile_picture_url",
    map: (raw) => ({ id: raw.user_id, name: raw.name ?? raw.username, avatarUrl: raw.profile_picture_url }),
  },
});
