// Calendly (API v2): Basic client authentication, two-hour tokens, refresh tokens that end when used.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Calendly's `GET /users/me`: the user, wrapped in `resource`. */
export interface CalendlyProfile {
  resource: {
    uri: string;
    name: string;
    slug?: string;
    email: string;
    avatar_url?: string | null;
    scheduling_url?: string;
    current_organization?: string;
    [field: string]: unknown;
  };
}

/**
 * Calendly. The user's id is their URI (`https://api.calendly.com/users/...`), which the token answer gives as
 * `owner`, beside the `organization` URI. Each refresh returns a new refresh token; the used one is spent.
 * Without `clientId`, reads `CALENDLY_CLIENT_ID` / `CALENDLY_CLIENT_SECRET` from the config source.
 *
 * @example calendly({ clientId, clientSecret })
 */
export const calendly = oauth2Preset<NoOptions, CalendlyProfile>({
  id: "calendly",
  name: "Calendly",
  docs: "https://developer.calendly.com/how-to-access-calendly-data-on-behalf-of-authenticated-users",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://auth.calendly.com/oauth/authorize",
    tokenUrl: "https://auth.calendly.com/oauth/token",
    revocationUrl: "https://auth.calendly.com/oauth/revoke",
    baseUrl: "https://api.calendly.com/",
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "rotating",
  },
  profile: {
    url: "users/me",
    map: ({ resource }) => ({
      id: resource.uri,
      name: resource.name,
      email: resource.email,
      avatarUrl: text(resource.avatar_url),
    }),
  },
});
