// Threads (Meta): comma-separated permissions, one-hour tokens without refresh tokens, the user id in the token.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Threads' `GET /v1.0/me?fields=id,username,name,threads_profile_picture_url`. */
export interface ThreadsProfile {
  id: string;
  username: string;
  name?: string;
  threads_profile_picture_url?: string;
  [field: string]: unknown;
}

/**
 * Threads. `clientId` is the Threads app id (not the Meta app id). The code buys a one-hour token, which Threads
 * trades for a 60-day one (`th_exchange_token`) outside RFC 6749; there are no refresh tokens. Without
 * `clientId`, reads `THREADS_CLIENT_ID` / `THREADS_CLIENT_SECRET` from the config source.
 *
 * @example threads({ clientId, clientSecret, scope: ["threads_basic", "threads_content_publish"] })
 */
export const threads = oauth2Preset<NoOptions, ThreadsProfile>({
  id: "threads",
  name: "Threads",
  docs: "https://developers.facebook.com/documentation/threads/get-started/get-access-tokens-and-permissions",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://threads.com/oauth/authorize",
    tokenUrl: "https://graph.threads.com/oauth/access_token",
    baseUrl: "https://graph.threads.com/v1.0/",
    scope: ["threads_basic"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
    apiTokenParam: "access_token",
  },
  profile: {
    url: "me?fields=id,username,name,threads_profile_picture_url",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.name) ?? raw.username,
      avatarUrl: text(raw.threads_profile_picture_url),
    }),
  },
});
