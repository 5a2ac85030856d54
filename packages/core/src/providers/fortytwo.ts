// 42 (the school's intranet API): the `public` scope, two-hour tokens, the student from `/v2/me`.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** 42's `GET /v2/me`, the fields the profile reads. */
export interface FortyTwoProfile {
  id: number;
  login: string;
  email?: string;
  displayname?: string;
  usual_full_name?: string;
  image?: { link?: string | null; versions?: Record<string, string | null> };
  [field: string]: unknown;
}

/**
 * 42. `clientId` is the application's UID. Without `clientId`, reads `FORTYTWO_CLIENT_ID` /
 * `FORTYTWO_CLIENT_SECRET` from the config source.
 *
 * @example fortytwo({ clientId: uid, clientSecret, scope: ["public", "projects"] })
 */
export const fortytwo = oauth2Preset<NoOptions, FortyTwoProfile>({
  id: "fortytwo",
  name: "42",
  docs: "https://api.intra.42.fr/apidoc/guides/web_application_flow",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.intra.42.fr/oauth/authorize",
    tokenUrl: "https://api.intra.42.fr/oauth/token",
    baseUrl: "https://api.intra.42.fr/v2/",
    scope: ["public"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "me",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.usual_full_name) ?? text(raw.displayname) ?? raw.login,
      email: text(raw.email),
      avatarUrl: text(raw.image?.link),
    }),
  },
});
