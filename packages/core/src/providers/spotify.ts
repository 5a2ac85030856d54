// Spotify: Basic client authentication (refreshes too), PKCE.
import { oauth2Preset } from "./preset.js";

export interface SpotifyOptions {
  /** Show the consent dialog even to a user who already approved the app (`show_dialog=true`). */
  showDialog?: boolean;
}

/** Spotify's `GET /v1/me`. */
export interface SpotifyProfile {
  id: string;
  display_name: string | null;
  email?: string;
  images?: { url: string; height: number | null; width: number | null }[];
  [field: string]: unknown;
}

/**
 * Spotify. Add `user-read-email` to the scope for the address. Without `clientId`, reads `SPOTIFY_CLIENT_ID` /
 * `SPOTIFY_CLIENT_SECRET` from the config source.
 *
 * @example spotify({ clientId, clientSecret, scope: ["user-read-email", "playlist-read-private"] })
 */
export const spotify = oauth2Preset<SpotifyOptions, SpotifyProfile>({
  id: "spotify",
  name: "Spotify",
  docs: "https://developer.spotify.com/documentation/web-api/tutorials/code-flow",
  checked: "2026-11-27",
  options: ["showDialog"],
  oauth2: ({ showDialog }) => ({
    authorizationUrl: "https://accounts.spotify.com/authorize",
    tokenUrl: "https://accounts.spotify.com/api/token",
    baseUrl: "https://api.spotify.com/v1/",
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "reuses",
    ...(showDialog ? { authorizationParams: { show_dialog: "true" } } : {}),
  }),
  profile: {
    url: "me",
    map: (raw) => ({
      id: raw.id,
      name: raw.display_name ?? undefined,
      email: raw.email,
      avatarUrl: raw.images?.[0]?.url,
    }),
  },
});
