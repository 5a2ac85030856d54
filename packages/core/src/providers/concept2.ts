// Concept2 Logbook (rowing, skiing and bike ergometer results): comma-separated scopes, credentials in the body.
import { oauth2Preset } from "./preset.js";

export interface Concept2Options {
  /** Use the development server (`log-dev.concept2.com`) instead of the live Logbook. */
  development?: boolean;
}

/** Concept2's `GET /api/users/me` (scope `user:read`): the user inside `data`. */
export interface Concept2Profile {
  data: {
    id: number;
    username: string;
    first_name?: string;
    last_name?: string;
    email?: string;
    profile_image?: string;
    [field: string]: unknown;
  };
}

/**
 * Concept2. Scopes are joined with commas (`user:read,results:read`). Without `clientId`, reads
 * `CONCEPT2_CLIENT_ID` / `CONCEPT2_CLIENT_SECRET` from the config source.
 *
 * @example concept2({ clientId, clientSecret, scope: ["user:read", "results:read"] })
 */
export const concept2 = oauth2Preset<Concept2Options, Concept2Profile>({
  id: "concept2",
  name: "Concept2 Logbook",
  docs: "https://log.concept2.com/developers/documentation/",
  checked: "2026-12-04",
  options: ["development"],
  oauth2: ({ development }) => {
    const host = development ? "https://log-dev.concept2.com" : "https://log.concept2.com";
    return {
      authorizationUrl: `${host}/oauth/authorize`,
      tokenUrl: `${host}/oauth/access_token`,
      baseUrl: `${host}/api/`,
      scope: ["user:read"],
      scopeSeparator: ",",
      tokenEndpointAuthMethod: "client_secret_post",
      pkceSupport: "unsupported",
      refresh: "rotating",
    };
  },
  profile: {
    url: "users/me",
    map: ({ data }) => ({
      id: data.id,
      name: [data.first_name, data.last_name].filter(Boolean).join(" ") || data.username,
      email: data.email,
      avatarUrl: data.profile_image,
    }),
  },
});
