// Anthology Blackboard Learn REST three-legged OAuth: one Learn site's host, the application key as client id.
import { oauth2Preset } from "./preset.js";

export interface BlackboardOptions {
  /** The Learn site's host: `learn.example.edu`. */
  domain: string;
}

/** Blackboard Learn's `GET /learn/api/public/v1/users/me`. */
export interface BlackboardProfile {
  id: string;
  uuid?: string;
  userName?: string;
  name?: { given?: string; family?: string; [field: string]: unknown };
  contact?: { email?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Blackboard Learn. `clientId` is the application key, `clientSecret` its secret (sent in a Basic header); the app
 * must also be registered on the Learn site. Ask for `offline` for a refresh token. The token answer names the
 * user (`user_id`). Without `clientId`, reads `BLACKBOARD_CLIENT_ID` / `BLACKBOARD_CLIENT_SECRET` from the config
 * source.
 *
 * @example blackboard({ domain: "learn.example.edu", clientId: applicationKey, clientSecret, scope: ["read", "offline"] })
 */
export const blackboard = oauth2Preset<BlackboardOptions, BlackboardProfile>({
  id: "blackboard",
  name: "Blackboard Learn",
  docs: "https://docs.anthology.com/docs/blackboard/rest-apis/getting-started/3lo",
  checked: "2026-12-04",
  options: ["domain"],
  required: ["domain"],
  example: { domain: "learn.example.edu" },
  oauth2: {
    authorizationUrl: "https://{domain}/learn/api/public/v1/oauth2/authorizationcode",
    tokenUrl: "https://{domain}/learn/api/public/v1/oauth2/token",
    baseUrl: "https://{domain}/learn/api/public/",
    scope: ["read"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "standard",
  },
  profile: {
    url: "v1/users/me",
    map: (raw) => ({
      id: raw.id,
      name: [raw.name?.given, raw.name?.family].filter(Boolean).join(" ") || raw.userName,
      email: raw.contact?.email,
    }),
  },
});
