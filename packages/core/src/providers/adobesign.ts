// Adobe Acrobat Sign: every endpoint on the account's shard (`na1`, `eu1`, ...), refreshes at `/oauth/v2/refresh`.
import { fillTemplate, oauth2Preset } from "./preset.js";

export interface AdobeSignOptions {
  /** The shard the users' accounts live on: `na1` (default), `na2`, `na3`, `na4`, `eu1`, `eu2`, `jp1`, `au1`, `in1`. */
  shard?: string;
}

/** Acrobat Sign's `GET /api/rest/v6/users/me` (scope `user_read:self`), the fields the profile reads. */
export interface AdobeSignProfile {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  accountId?: string;
  [field: string]: unknown;
}

/**
 * Adobe Acrobat Sign. Scopes carry a modifier (`user_read:self`, `agreement_read:account`). The redirect, the
 * token endpoint and the API are all on one shard; Acrobat Sign names the user's own in the token answer
 * (`api_access_point`), which must match the preset's `shard`. A refresh keeps the refresh token. Without
 * `clientId`, reads `ADOBESIGN_CLIENT_ID` / `ADOBESIGN_CLIENT_SECRET` from the config source.
 *
 * @example adobesign({ clientId, clientSecret, shard: "eu1", scope: ["user_read:self", "agreement_read:self"] })
 */
export const adobesign = oauth2Preset<AdobeSignOptions, AdobeSignProfile>({
  id: "adobesign",
  name: "Adobe Acrobat Sign",
  docs: "https://developer.adobe.com/acrobat-sign/docs/overview/developer_guide/oauth",
  checked: "2026-12-04",
  options: ["shard"],
  defaultOptions: { shard: "na1" },
  oauth2: ({ shard }) => {
    const values = { shard };
    const api = fillTemplate("adobesign", "https://api.{shard}.adobesign.com", values);
    return {
      authorizationUrl: fillTemplate(
        "adobesign",
        "https://secure.{shard}.adobesign.com/public/oauth/v2",
        values,
      ),
      tokenUrl: `${api}/oauth/v2/token`,
      revocationUrl: `${api}/oauth/v2/revoke`,
      baseUrl: `${api}/api/rest/v6/`,
      scope: ["user_read:self"],
      tokenEndpointAuthMethod: "client_secret_post",
      pkceSupport: "unsupported",
      refresh: "reuses",
      autoRefresh: { url: `${api}/oauth/v2/refresh` },
    };
  },
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.id,
      name: [raw.firstName, raw.lastName].filter(Boolean).join(" ") || undefined,
      email: raw.email,
    }),
  },
});
