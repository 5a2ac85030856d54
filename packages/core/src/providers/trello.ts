// Trello over OAuth 1.0a (HMAC-SHA1): the app's name, the scope and the token's lifetime go on the authorization page.
import { text } from "../handle/profile.js";
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import { type OAuth1Provider, withProfile } from "../provider.js";
import { type OAuth1PresetOptions, oauth1Preset, withOAuth1FromConfig } from "./preset.js";

const OAUTH = "https://trello.com/1";

export interface TrelloOptions extends OAuth1PresetOptions {
  /** The name shown on the consent page. Default "oauth-dance". */
  appName?: string;
  /** Any of `read`, `write`, `account`. Default `["read"]`. */
  scope?: readonly ("read" | "write" | "account")[];
  /** How long the token lives: `1hour`, `1day`, `30days` (Trello's default) or `never`. */
  expiration?: "1hour" | "1day" | "30days" | "never";
}

/** Trello's `GET /1/members/me`, the fields the profile reads. */
export interface TrelloProfile {
  id: string;
  username: string;
  fullName?: string;
  email?: string | null;
  avatarUrl?: string | null;
  [field: string]: unknown;
}

/**
 * Trello. OAuth 1.0a with HMAC-SHA1; `api` is based on `https://api.trello.com/1/`. The email is in the profile
 * only with the `account` scope. Without `clientKey`, reads `TRELLO_API_KEY` / `TRELLO_API_SECRET` from the config
 * source.
 *
 * @example trello({ clientKey, clientSecret, appName: "Acme", scope: ["read", "write"], expiration: "never" })
 */
export const trello = oauth1Preset(
  {
    id: "trello",
    name: "Trello",
    docs: "https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/",
    checked: "2026-12-04",
    options: ["appName", "scope", "expiration"],
    example: { clientKey: "key", clientSecret: "secret" },
  },
  (options: TrelloOptions = {}): OAuth1Provider => {
    const { appName = "oauth-dance", scope = ["read"], expiration, ...rest } = options;
    const provider = oauth1({
      requestTokenUrl: `${OAUTH}/OAuthGetRequestToken`,
      authorizationUrl: `${OAUTH}/OAuthAuthorizeToken`,
      accessTokenUrl: `${OAUTH}/OAuthGetAccessToken`,
      baseUrl: "https://api.trello.com/1/",
      ...rest,
      authorizationParams: {
        name: appName,
        scope: scope.join(","),
        ...(expiration ? { expiration } : {}),
        ...rest.authorizationParams,
      },
      ...withOAuth1FromConfig(rest, { clientKey: "TRELLO_API_KEY", clientSecret: "TRELLO_API_SECRET" }),
    });
    return withProfile<OAuth1Provider, TrelloProfile>(provider, {
      url: "members/me",
      map: (raw) => ({
        id: raw.id,
        name: text(raw.fullName) ?? raw.username,
        email: text(raw.email),
        // Trello gives the avatar's base URL; a size completes it.
        avatarUrl: raw.avatarUrl ? `${raw.avatarUrl}/170.png` : undefined,
      }),
    });
  },
);
