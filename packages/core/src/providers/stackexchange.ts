// Stack Exchange (API 2.3): an app key on every API call, the token in the query, `expires` instead of `expires_in`.
import { oauth2Preset } from "./preset.js";

export interface StackExchangeOptions {
  /** The app's key from stackapps.com, sent with every API call (`key`). */
  key: string;
  /** The site whose user profile is read (`site`). Default `stackoverflow`. */
  site?: string;
}

/** Stack Exchange's `GET /2.3/me?site=...`: the user on that site, as the one item. */
export interface StackExchangeProfile {
  items: {
    account_id: number;
    user_id: number;
    display_name: string;
    profile_image?: string;
    link?: string;
    [field: string]: unknown;
  }[];
  has_more?: boolean;
  quota_max?: number;
  quota_remaining?: number;
}

/**
 * Stack Exchange. Tokens last a day (the answer says so in `expires`, which is not read as an expiry) unless the
 * scope has `no_expiry`; there are no refresh tokens. The profile's id is the network-wide `account_id`; API
 * calls need `key` and `site` in their query. Without `clientId`, reads `STACKEXCHANGE_CLIENT_ID` /
 * `STACKEXCHANGE_CLIENT_SECRET` from the config source.
 *
 * @example stackexchange({ clientId, clientSecret, key: "AppKey1a2b3c((", scope: ["no_expiry"] })
 */
export const stackexchange = oauth2Preset<StackExchangeOptions, StackExchangeProfile>({
  id: "stackexchange",
  name: "Stack Exchange",
  docs: "https://api.stackexchange.com/docs/authentication",
  checked: "2026-12-04",
  options: ["key", "site"],
  required: ["key"],
  defaultOptions: { site: "stackoverflow" },
  example: { key: "AppKey1a2b3c((" },
  oauth2: {
    authorizationUrl: "https://stackoverflow.com/oauth",
    // The `/json` form of the endpoint answers JSON rather than a form-encoded body.
    tokenUrl: "https://stackoverflow.com/oauth/access_token/json",
    baseUrl: "https://api.stackexchange.com/2.3/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
    apiTokenParam: "access_token",
  },
  profile: {
    url: "me?site={site}&key={key}",
    map: ({ items }) => {
      const [me] = items;
      if (!me) return { id: "" };
      return { id: me.account_id, name: me.display_name, avatarUrl: me.profile_image };
    },
  },
});
