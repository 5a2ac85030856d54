// Dailymotion (Platform API, public API keys): the authorization code grant at api.dailymotion.com; fields by name.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Dailymotion's `GET /user/me?fields=id,screenname,email,avatar_240_url`. */
export interface DailymotionProfile {
  id: string;
  screenname?: string;
  email?: string;
  avatar_240_url?: string;
  [field: string]: unknown;
}

/**
 * Dailymotion. `clientId` is the API key, `clientSecret` the API secret. Access tokens last ten hours; the email
 * needs the `email` scope. Without `clientId`, reads `DAILYMOTION_CLIENT_ID` / `DAILYMOTION_CLIENT_SECRET` from
 * the config source.
 *
 * @example dailymotion({ clientId: apiKey, clientSecret: apiSecret, scope: ["userinfo", "email"] })
 */
export const dailymotion = oauth2Preset<NoOptions, DailymotionProfile>({
  id: "dailymotion",
  name: "Dailymotion",
  docs: "https://developers.dailymotion.com/docs/authenticate-using-authorization-codes",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.dailymotion.com/oauth/authorize",
    tokenUrl: "https://api.dailymotion.com/oauth/token",
    baseUrl: "https://api.dailymotion.com/",
    scope: ["userinfo", "email"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "user/me?fields=id,screenname,email,avatar_240_url",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.screenname),
      email: text(raw.email),
      avatarUrl: text(raw.avatar_240_url),
    }),
  },
});
