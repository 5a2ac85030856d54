// Todoist: comma-separated scopes, tokens that never expire, the API v1 under api.todoist.com.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Todoist's `GET /api/v1/user`. */
export interface TodoistProfile {
  id: string;
  email: string;
  full_name: string;
  avatar_big?: string | null;
  [field: string]: unknown;
}

/**
 * Todoist. Scopes are `task:add`, `data:read`, `data:read_write`, `data:delete`, `project:delete` and
 * `backups:read`; there are no refresh tokens. Without `clientId`, reads `TODOIST_CLIENT_ID` /
 * `TODOIST_CLIENT_SECRET` from the config source.
 *
 * @example todoist({ clientId, clientSecret, scope: ["data:read_write"] })
 */
export const todoist = oauth2Preset<NoOptions, TodoistProfile>({
  id: "todoist",
  name: "Todoist",
  docs: "https://developer.todoist.com/api/v1/#tag/Authorization",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://todoist.com/oauth/authorize",
    tokenUrl: "https://todoist.com/oauth/access_token",
    baseUrl: "https://api.todoist.com/api/v1/",
    scope: ["data:read"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "user",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.full_name),
      email: text(raw.email),
      avatarUrl: text(raw.avatar_big),
    }),
  },
});
