// Meetup: OAuth 2 in front of the GraphQL API (the REST API is gone).
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Meetup's GraphQL answer to `query { self { id name email memberPhoto { baseUrl } } }`. */
export interface MeetupProfile {
  data: { self: { id: string; name?: string; email?: string; memberPhoto?: { baseUrl: string } | null } };
}

/**
 * Meetup. Without `clientId`, reads `MEETUP_CLIENT_ID` / `MEETUP_CLIENT_SECRET` from the config source.
 *
 * @example meetup({ clientId, clientSecret })
 */
export const meetup = oauth2Preset<NoOptions, MeetupProfile>({
  id: "meetup",
  name: "Meetup",
  docs: "https://www.meetup.com/api/authentication/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://secure.meetup.com/oauth2/authorize",
    tokenUrl: "https://secure.meetup.com/oauth2/access",
    baseUrl: "https://api.meetup.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "gql-ext",
    method: "POST",
    json: { query: "query { self { id name email memberPhoto { baseUrl } } }" },
    map: ({ data: { self } }) => ({
      id: self.id,
      name: self.name,
      email: self.email,
      avatarUrl: self.memberPhoto?.baseUrl,
    }),
  },
});
