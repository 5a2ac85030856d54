// Unsplash: tokens that never expire, no refresh tokens; the email needs the `read_user` scope.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Unsplash's `GET /me`, the fields the profile reads. */
export interface UnsplashProfile {
  id: string;
  username: string;
  name?: string | null;
  email?: string;
  profile_image?: { small?: string; medium?: string; large?: string };
  [field: string]: unknown;
}

/**
 * Unsplash. `clientId` is the application's Access Key. Without `clientId`, reads `UNSPLASH_CLIENT_ID` /
 * `UNSPLASH_CLIENT_SECRET` from the config source.
 *
 * @example unsplash({ clientId: accessKey, clientSecret: secretKey, scope: ["public", "read_user"] })
 */
export const unsplash = oauth2Preset<NoOptions, UnsplashProfile>({
  id: "unsplash",
  name: "Unsplash",
  docs: "https://unsplash.com/documentation/user-authentication-workflow",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://unsplash.com/oauth/authorize",
    tokenUrl: "https://unsplash.com/oauth/token",
    baseUrl: "https://api.unsplash.com/",
    scope: ["public", "read_user"],
    tokenEndpointAuthMethod: "client_secret_post",
    apiHeaders: { "Accept-Version": "v1" },
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "me",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.name) ?? raw.username,
      email: text(raw.email),
      avatarUrl: text(raw.profile_image?.large),
    }),
  },
});
