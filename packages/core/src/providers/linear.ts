// Linear: comma-separated scopes, scopes answered as a list, the profile from the GraphQL API.
import { oauth2Preset } from "./preset.js";

export interface LinearOptions {
  /** `app` acts as the application rather than the user (`actor=app`). */
  actor?: "user" | "app";
  /** Show the consent screen again (`prompt=consent`). */
  repromptConsent?: boolean;
}

/** Linear's GraphQL answer to `{ viewer { id name email avatarUrl } }`. */
export interface LinearProfile {
  data: { viewer: { id: string; name: string; email: string; avatarUrl?: string | null } };
}

/**
 * Linear. Without `clientId`, reads `LINEAR_CLIENT_ID` / `LINEAR_CLIENT_SECRET` from the config source.
 *
 * @example linear({ clientId, clientSecret, scope: ["read", "write"] })
 */
export const linear = oauth2Preset<LinearOptions, LinearProfile>({
  id: "linear",
  name: "Linear",
  docs: "https://linear.app/developers/oauth-2-0-authentication",
  checked: "2026-11-27",
  options: ["actor", "repromptConsent"],
  oauth2: ({ actor, repromptConsent }) => ({
    authorizationUrl: "https://linear.app/oauth/authorize",
    tokenUrl: "https://api.linear.app/oauth/token",
    revocationUrl: "https://api.linear.app/oauth/revoke",
    baseUrl: "https://api.linear.app/",
    scope: ["read"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
    authorizationParams: { ...(actor ? { actor } : {}), ...(repromptConsent ? { prompt: "consent" } : {}) },
  }),
  profile: {
    url: "graphql",
    method: "POST",
    json: { query: "{ viewer { id name email avatarUrl } }" },
    map: ({ data: { viewer } }) => ({
      id: viewer.id,
      name: viewer.name,
      email: viewer.email,
      avatarUrl: viewer.avatarUrl ?? undefined,
    }),
  },
});
