// Plurk (API 2.0) over OAuth 1.0a (HMAC-SHA1).
import { text } from "../handle/profile.js";
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import { type OAuth1Provider, withProfile } from "../provider.js";
import { type OAuth1PresetOptions, oauth1Preset, withOAuth1FromConfig } from "./preset.js";

const OAUTH = "https://www.plurk.com/OAuth";

/** Plurk's `GET /APP/Users/me`, the fields the profile reads. */
export interface PlurkProfile {
  id: number;
  nick_name: string;
  display_name?: string;
  [field: string]: unknown;
}

/**
 * Plurk. OAuth 1.0a with HMAC-SHA1; `api` is based on `https://www.plurk.com/APP/`. Without `clientKey`, reads
 * `PLURK_APP_KEY` / `PLURK_APP_SECRET` from the config source.
 *
 * @example plurk({ clientKey, clientSecret })
 */
export const plurk = oauth1Preset(
  {
    id: "plurk",
    name: "Plurk",
    docs: "https://www.plurk.com/API",
    checked: "2026-12-04",
    example: { clientKey: "key", clientSecret: "secret" },
  },
  (options: OAuth1PresetOptions = {}): OAuth1Provider => {
    const provider = oauth1({
      requestTokenUrl: `${OAUTH}/request_token`,
      authorizationUrl: `${OAUTH}/authorize`,
      accessTokenUrl: `${OAUTH}/access_token`,
      baseUrl: "https://www.plurk.com/APP/",
      ...options,
      ...withOAuth1FromConfig(options, { clientKey: "PLURK_APP_KEY", clientSecret: "PLURK_APP_SECRET" }),
    });
    return withProfile<OAuth1Provider, PlurkProfile>(provider, {
      url: "Users/me",
      map: (raw) => ({ id: raw.id, name: text(raw.display_name) ?? raw.nick_name }),
    });
  },
);
