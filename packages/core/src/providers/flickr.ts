// Flickr over OAuth 1.0a (HMAC-SHA1 only): the user's id and names come with the access token.
import { text } from "../handle/profile.js";
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import { type OAuth1Provider, withProfile } from "../provider.js";
import { type OAuth1PresetOptions, oauth1Preset, withOAuth1FromConfig } from "./preset.js";

const OAUTH = "https://www.flickr.com/services/oauth";

export interface FlickrOptions extends OAuth1PresetOptions {
  /** What the app may do: `read` (default), `write` or `delete` (each includes the ones before). */
  perms?: "read" | "write" | "delete";
}

/** What Flickr's access token answer says of the user. */
export interface FlickrProfile {
  user_nsid: string;
  username: string;
  fullname?: string;
  [field: string]: unknown;
}

/**
 * Flickr. OAuth 1.0a with HMAC-SHA1, the only method Flickr accepts; `perms` goes on the authorization page. `api`
 * is based on the REST endpoint (`api.get("?method=flickr.test.login&format=json&nojsoncallback=1")`). Without
 * `clientKey`, reads `FLICKR_API_KEY` / `FLICKR_API_SECRET` from the config source.
 *
 * @example flickr({ clientKey, clientSecret, perms: "write" })
 */
export const flickr = oauth1Preset(
  {
    id: "flickr",
    name: "Flickr",
    docs: "https://www.flickr.com/services/api/auth.oauth.html",
    checked: "2026-12-04",
    options: ["perms"],
    example: { clientKey: "key", clientSecret: "secret" },
  },
  (options: FlickrOptions = {}): OAuth1Provider => {
    const { perms = "read", ...rest } = options;
    const provider = oauth1({
      requestTokenUrl: `${OAUTH}/request_token`,
      authorizationUrl: `${OAUTH}/authorize`,
      accessTokenUrl: `${OAUTH}/access_token`,
      baseUrl: "https://api.flickr.com/services/rest/",
      ...rest,
      authorizationParams: { perms, ...rest.authorizationParams },
      ...withOAuth1FromConfig(rest, { clientKey: "FLICKR_API_KEY", clientSecret: "FLICKR_API_SECRET" }),
    });
    return withProfile<OAuth1Provider, FlickrProfile>(provider, {
      fromToken: true,
      map: (raw) => ({ id: raw.user_nsid, name: text(raw.fullname) ?? raw.username }),
    });
  },
);
