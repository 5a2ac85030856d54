// Kick: OAuth 2.1 with PKCE required, client credentials in the body.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Kick's `GET /public/v1/users` (the authenticated user). */
export interface KickProfile {
  data: { user_id: number; name: string; email?: string; profile_picture?: string }[];
  message?: string;
}

/**
 * Kick. Without `clientId`, reads `KICK_CLIENT_ID` / `KICK_CLIENT_SECRET` from the config source.
 *
 * @example kick({ clientId, clientSecret, scope: ["user:read", "channel:read"] })
 */
export const kick = oauth2Preset<NoOptions, KickProfile>({
  id: "kick",
  name: "Kick",
  docs: "https://docs.kick.com/getting-started/generating-tokens-oauth2-flow",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://id.kick.com/oauth/authorize",
    tokenUrl: "https://id.kick.com/oauth/token",
    revocationUrl: "https://id.kick.com/oauth/revoke",
    baseUrl: "https://api.kick.com/public/v1/",
    scope: ["user:read"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "required",
    refresh: "rotating",
  },
  profile: {
    url: "users",
    map: ({ data: [user] }) => ({
      id: user?.user_id as number,
      name: user?.name,
      email: user?.email,
      avatarUrl: user?.profile_picture,
    }),
  },
});
