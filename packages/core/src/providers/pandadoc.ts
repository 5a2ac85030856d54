// PandaDoc: scopes `read write`, the scope repeated at the token endpoint, one-year tokens with refresh.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** PandaDoc's `GET /public/v1/members/current/`, the fields the profile reads. */
export interface PandaDocProfile {
  user_id: string;
  membership_id?: string;
  email?: string;
  first_name?: string;
  last_name?: string;
  workspace?: string;
  workspace_name?: string;
  [field: string]: unknown;
}

/**
 * PandaDoc. The token request carries the scope again; access tokens last a year. The profile is the user's
 * membership in the workspace they authorized. Without `clientId`, reads `PANDADOC_CLIENT_ID` /
 * `PANDADOC_CLIENT_SECRET` from the config source.
 *
 * @example pandadoc({ clientId, clientSecret })
 */
export const pandadoc = oauth2Preset<NoOptions, PandaDocProfile>({
  id: "pandadoc",
  name: "PandaDoc",
  docs: "https://developers.pandadoc.com/reference/authentication-process",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://app.pandadoc.com/oauth2/authorize",
    tokenUrl: "https://api.pandadoc.com/oauth2/access_token",
    baseUrl: "https://api.pandadoc.com/public/v1/",
    scope: ["read", "write"],
    tokenParams: { scope: "read write" },
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "members/current/",
    map: (raw) => ({
      id: raw.user_id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || undefined,
      email: raw.email,
    }),
  },
});
