// Upwork: OAuth 2 for the GraphQL API; permissions are set on the API key, not asked for on the redirect.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The `user` of Upwork's GraphQL API (`query { user { id nid name email } }`). */
export interface UpworkProfile {
  data: { user: { id: string; nid?: string; name?: string; email?: string; [field: string]: unknown } };
  [field: string]: unknown;
}

/**
 * Upwork. Access tokens last a day; refresh them at least every two weeks. The profile comes from the GraphQL
 * API (`POST https://api.upwork.com/graphql`). Without `clientId`, reads `UPWORK_CLIENT_ID` /
 * `UPWORK_CLIENT_SECRET` (the API key and secret) from the config source.
 *
 * @example upwork({ clientId, clientSecret })
 */
export const upwork = oauth2Preset<NoOptions, UpworkProfile>({
  id: "upwork",
  name: "Upwork",
  docs: "https://www.upwork.com/developer/documentation/graphql/api/docs/index.html#authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.upwork.com/ab/account-security/oauth2/authorize",
    tokenUrl: "https://www.upwork.com/api/v3/oauth2/token",
    baseUrl: "https://api.upwork.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "graphql",
    method: "POST",
    json: { query: "query { user { id nid name email } }" },
    map: ({ data: { user } }) => ({ id: user.id, name: user.name, email: user.email }),
  },
});
