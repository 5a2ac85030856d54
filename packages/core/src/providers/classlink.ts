// ClassLink (K-12 LaunchPad single sign-on): credentials in the body, day-long tokens, the user at /v2/my/info.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** ClassLink's `GET https://nodeapi.classlink.com/v2/my/info` (scope `profile`). */
export interface ClassLinkProfile {
  UserId: number;
  TenantId?: number;
  LoginId?: string;
  FirstName?: string;
  LastName?: string;
  DisplayName?: string;
  Email?: string;
  ImagePath?: string;
  Role?: string;
  SourcedId?: string;
  [field: string]: unknown;
}

/**
 * ClassLink. Tokens last 24 hours and do not refresh. `TenantId` names the school district: check it. Add
 * `oneroster` to the scope for roster data. Without `clientId`, reads `CLASSLINK_CLIENT_ID` /
 * `CLASSLINK_CLIENT_SECRET` from the config source.
 *
 * @example classlink({ clientId, clientSecret, scope: ["profile", "oneroster"] })
 */
export const classlink = oauth2Preset<NoOptions, ClassLinkProfile>({
  id: "classlink",
  name: "ClassLink",
  docs: "https://developer.classlink.com/docs/obtaining-bearer-tokens",
  checked: "2026-12-04",
  oauth2: {
    issuer: "https://launchpad.classlink.com",
    authorizationUrl: "https://launchpad.classlink.com/oauth2/v2/auth",
    tokenUrl: "https://launchpad.classlink.com/oauth2/v2/token",
    baseUrl: "https://nodeapi.classlink.com/",
    scope: ["profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "v2/my/info",
    map: (raw) => ({
      id: raw.UserId,
      name: raw.DisplayName || [raw.FirstName, raw.LastName].filter(Boolean).join(" ") || undefined,
      email: raw.Email,
      avatarUrl: raw.ImagePath,
    }),
  },
});
