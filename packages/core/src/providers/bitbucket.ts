// Bitbucket Cloud: Basic client authentication; scopes are fixed on the OAuth consumer, not asked for.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Bitbucket's `GET /2.0/user`. */
export interface BitbucketProfile {
  uuid: string;
  account_id?: string;
  username?: string;
  display_name: string;
  links: { avatar: { href: string } };
  [field: string]: unknown;
}

/**
 * Bitbucket. The email address needs `user/emails` (scope `email` on the consumer). Without `clientId`, reads
 * `BITBUCKET_CLIENT_ID` / `BITBUCKET_CLIENT_SECRET` (the consumer key and secret) from the config source.
 *
 * @example bitbucket({ clientId: key, clientSecret: secret })
 */
export const bitbucket = oauth2Preset<NoOptions, BitbucketProfile>({
  id: "bitbucket",
  name: "Bitbucket",
  docs: "https://developer.atlassian.com/cloud/bitbucket/oauth-2/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://bitbucket.org/site/oauth2/authorize",
    tokenUrl: "https://bitbucket.org/site/oauth2/access_token",
    baseUrl: "https://api.bitbucket.org/2.0/",
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "user",
    map: (raw) => ({ id: raw.uuid, name: raw.display_name, avatarUrl: raw.links.avatar.href }),
  },
});
