// Imgur: no scopes, ten-year access tokens, the account named in the token answer; API answers wrapped in `data`.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Imgur's `GET /3/account/me`. */
export interface ImgurProfile {
  data: {
    id: number;
    url: string;
    avatar?: string | null;
    bio?: string | null;
    [field: string]: unknown;
  };
  success: boolean;
  status: number;
}

/**
 * Imgur. The token answer carries `account_id` and `account_username` beside the token (and a `"scope": null`,
 * dropped). Without `clientId`, reads `IMGUR_CLIENT_ID` / `IMGUR_CLIENT_SECRET` from the config source.
 *
 * @example imgur({ clientId, clientSecret })
 */
export const imgur = oauth2Preset<NoOptions, ImgurProfile>({
  id: "imgur",
  name: "Imgur",
  docs: "https://apidocs.imgur.com/#authorization-and-oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.imgur.com/oauth2/authorize",
    tokenUrl: "https://api.imgur.com/oauth2/token",
    baseUrl: "https://api.imgur.com/3/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "account/me",
    // `url` is the account's username.
    map: ({ data: account }) => ({ id: account.id, name: account.url, avatarUrl: text(account.avatar) }),
  },
});
