// SmugMug over OAuth 1.0a (HMAC-SHA1): what the app may see and do goes on the authorization page.
import { text } from "../handle/profile.js";
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import { type OAuth1Provider, withProfile } from "../provider.js";
import { type OAuth1PresetOptions, oauth1Preset, withOAuth1FromConfig } from "./preset.js";

const OAUTH = "https://api.smugmug.com/services/oauth/1.0a";

export interface SmugMugOptions extends OAuth1PresetOptions {
  /** `Public` (SmugMug's default) or `Full`: which of the user's photos the app may see. */
  access?: "Public" | "Full";
  /** `Read` (SmugMug's default), `Add` or `Modify`: what the app may do with them. */
  permissions?: "Read" | "Add" | "Modify";
}

/** SmugMug's `GET /api/v2!authuser`, the fields the profile reads. */
export interface SmugMugProfile {
  Response: { User: { NickName: string; Name?: string; [field: string]: unknown } };
  [field: string]: unknown;
}

/**
 * SmugMug (API v2). OAuth 1.0a with HMAC-SHA1; access tokens never expire unless the user revokes them. `api` is
 * based on `https://api.smugmug.com/` and asks for JSON. Without `clientKey`, reads `SMUGMUG_API_KEY` /
 * `SMUGMUG_API_SECRET` from the config source.
 *
 * @example smugmug({ clientKey, clientSecret, access: "Full", permissions: "Modify" })
 */
export const smugmug = oauth1Preset(
  {
    id: "smugmug",
    name: "SmugMug",
    docs: "https://api.smugmug.com/api/v2/doc/tutorial/authorization.html",
    checked: "2026-12-04",
    options: ["access", "permissions"],
    example: { clientKey: "key", clientSecret: "secret" },
  },
  (options: SmugMugOptions = {}): OAuth1Provider => {
    const { access, permissions, ...rest } = options;
    const provider = oauth1({
      requestTokenUrl: `${OAUTH}/getRequestToken`,
      authorizationUrl: `${OAUTH}/authorize`,
      accessTokenUrl: `${OAUTH}/getAccessToken`,
      baseUrl: "https://api.smugmug.com/",
      ...rest,
      apiHeaders: { Accept: "application/json", ...rest.apiHeaders },
      authorizationParams: {
        ...(access ? { Access: access } : {}),
        ...(permissions ? { Permissions: permissions } : {}),
        ...rest.authorizationParams,
      },
      ...withOAuth1FromConfig(rest, { clientKey: "SMUGMUG_API_KEY", clientSecret: "SMUGMUG_API_SECRET" }),
    });
    return withProfile<OAuth1Provider, SmugMugProfile>(provider, {
      url: "api/v2!authuser",
      map: (raw) => ({ id: raw.Response.User.NickName, name: text(raw.Response.User.Name) }),
    });
  },
);
