// ClickUp: no scopes, tokens that do not expire, the user picks the Workspaces the app may reach.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** ClickUp's `GET /api/v2/user`: the user, wrapped in `user`. */
export interface ClickUpProfile {
  user: {
    id: number;
    username: string;
    email?: string;
    profilePicture?: string | null;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * ClickUp. There is no refresh token and no scope; list the Workspaces the user authorized with
 * `GET team`. Without `clientId`, reads `CLICKUP_CLIENT_ID` / `CLICKUP_CLIENT_SECRET` from the config source.
 *
 * @example clickup({ clientId, clientSecret })
 */
export const clickup = oauth2Preset<NoOptions, ClickUpProfile>({
  id: "clickup",
  name: "ClickUp",
  docs: "https://developer.clickup.com/docs/authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://app.clickup.com/api",
    tokenUrl: "https://api.clickup.com/api/v2/oauth/token",
    baseUrl: "https://api.clickup.com/api/v2/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "user",
    map: ({ user }) => ({
      id: user.id,
      name: user.username,
      email: user.email,
      avatarUrl: user.profilePicture ?? undefined,
    }),
  },
});
