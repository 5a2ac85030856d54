// Twitch: client credentials in the body, scopes answered as a list, a Client-Id header on every Helix call.
import { oauth2Preset } from "./preset.js";

export interface TwitchOptions {
  /** Make the user confirm again even when already authorized (`force_verify=true`). */
  forceVerify?: boolean;
}

/** Twitch's `GET /helix/users` (the authenticated user). */
export interface TwitchProfile {
  data: {
    id: string;
    login: string;
    display_name: string;
    email?: string;
    profile_image_url?: string;
    [field: string]: unknown;
  }[];
}

/**
 * Twitch. Without `clientId`, reads `TWITCH_CLIENT_ID` / `TWITCH_CLIENT_SECRET` from the config source.
 *
 * @example twitch({ clientId, clientSecret, scope: ["user:read:email"] })
 */
export const twitch = oauth2Preset<TwitchOptions, TwitchProfile>({
  id: "twitch",
  name: "Twitch",
  docs: "https://dev.twitch.tv/docs/authentication/getting-tokens-oauth/#authorization-code-grant-flow",
  checked: "2026-11-27",
  options: ["forceVerify"],
  oauth2: ({ forceVerify }) => ({
    authorizationUrl: "https://id.twitch.tv/oauth2/authorize",
    tokenUrl: "https://id.twitch.tv/oauth2/token",
    revocationUrl: "https://id.twitch.tv/oauth2/revoke",
    baseUrl: "https://api.twitch.tv/helix/",
    scope: ["user:read:email"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
    apiClientIdHeader: "Client-Id",
    ...(forceVerify ? { authorizationParams: { force_verify: "true" } } : {}),
  }),
  profile: {
    url: "users",
    map: ({ data: [user] }) => ({
      id: user?.id as string,
      name: user?.display_name,
      email: user?.email,
      avatarUrl: user?.profile_image_url,
    }),
  },
});
