// Discord: optional PKCE, `prompt=none` to skip the consent screen, RFC 7009 revocation.
import { oauth2Preset } from "./preset.js";

export interface DiscordOptions {
  /** `none` skips the consent screen for a user who already authorized the app; `consent` always asks. */
  prompt?: "consent" | "none";
}

/** Discord's `GET /users/@me`. */
export interface DiscordProfile {
  id: string;
  username: string;
  global_name?: string | null;
  avatar?: string | null;
  email?: string | null;
  verified?: boolean;
  [field: string]: unknown;
}

/**
 * Discord. Add `email` to the scope for the address. Without `clientId`, reads `DISCORD_CLIENT_ID` /
 * `DISCORD_CLIENT_SECRET` from the config source.
 *
 * @example discord({ clientId, clientSecret, scope: ["identify", "email"], prompt: "none" })
 */
export const discord = oauth2Preset<DiscordOptions, DiscordProfile>({
  id: "discord",
  name: "Discord",
  docs: "https://discord.com/developers/docs/topics/oauth2",
  checked: "2026-11-27",
  options: ["prompt"],
  oauth2: ({ prompt }) => ({
    authorizationUrl: "https://discord.com/oauth2/authorize",
    tokenUrl: "https://discord.com/api/oauth2/token",
    revocationUrl: "https://discord.com/api/oauth2/token/revoke",
    baseUrl: "https://discord.com/api/",
    scope: ["identify"],
    refresh: "rotating",
    ...(prompt ? { authorizationParams: { prompt } } : {}),
  }),
  profile: {
    url: "users/@me",
    map: (raw) => ({
      id: raw.id,
      name: raw.global_name ?? raw.username,
      email: raw.email ?? undefined,
      emailVerified: raw.email ? raw.verified : undefined,
      avatarUrl: raw.avatar ? `https://cdn.discordapp.com/avatars/${raw.id}/${raw.avatar}.png` : undefined,
    }),
  },
});
