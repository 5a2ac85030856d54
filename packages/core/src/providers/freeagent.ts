// FreeAgent: Basic client authentication; refreshes keep the refresh token; JSON only when asked for by Accept.
import { oauth2Preset } from "./preset.js";

export interface FreeAgentOptions {
  /** Use the sandbox (`api.sandbox.freeagent.com`). */
  sandbox?: boolean;
}

/** FreeAgent's `GET /v2/users/me`. */
export interface FreeAgentProfile {
  user: {
    /** The user's resource URL, FreeAgent's identifier for it. */
    url: string;
    first_name?: string;
    last_name?: string;
    email?: string;
    role?: string;
    permission_level?: number;
    [field: string]: unknown;
  };
}

/**
 * FreeAgent. Resources are named by their URL, the user's too. `api` asks for JSON and sends a User-Agent, as
 * the API wants. Without `clientId`, reads `FREEAGENT_CLIENT_ID` / `FREEAGENT_CLIENT_SECRET` (OAuth identifier
 * and secret) from the config source.
 *
 * @example freeagent({ clientId, clientSecret, sandbox: true })
 */
export const freeagent = oauth2Preset<FreeAgentOptions, FreeAgentProfile>({
  id: "freeagent",
  name: "FreeAgent",
  docs: "https://dev.freeagent.com/docs/oauth",
  checked: "2026-12-04",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const host = sandbox ? "https://api.sandbox.freeagent.com" : "https://api.freeagent.com";
    return {
      authorizationUrl: `${host}/v2/approve_app`,
      tokenUrl: `${host}/v2/token_endpoint`,
      baseUrl: `${host}/v2/`,
      tokenEndpointAuthMethod: "client_secret_basic",
      pkceSupport: "unsupported",
      refresh: "reuses",
      apiHeaders: { Accept: "application/json", "User-Agent": "oauth-dance" },
    };
  },
  profile: {
    url: "users/me",
    map: ({ user }) => ({
      id: user.url,
      name: [user.first_name, user.last_name].filter(Boolean).join(" ") || undefined,
      email: user.email,
    }),
  },
});
