// Eventbrite: no scopes, client credentials in the body, tokens that never expire, the API on eventbriteapi.com.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Eventbrite's `GET /v3/users/me/`. */
export interface EventbriteProfile {
  id: string;
  name?: string;
  first_name?: string;
  last_name?: string;
  emails: { email: string; verified: boolean; primary: boolean }[];
  image_id?: string | null;
  [field: string]: unknown;
}

/**
 * Eventbrite. `clientId` is the app's API key. Tokens carry no lifetime and there are no refresh tokens. The
 * profile's email is the primary one (else the first). Without `clientId`, reads `EVENTBRITE_CLIENT_ID` /
 * `EVENTBRITE_CLIENT_SECRET` from the config source.
 *
 * @example eventbrite({ clientId: apiKey, clientSecret })
 */
export const eventbrite = oauth2Preset<NoOptions, EventbriteProfile>({
  id: "eventbrite",
  name: "Eventbrite",
  docs: "https://www.eventbrite.com/platform/docs/authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.eventbrite.com/oauth/authorize",
    tokenUrl: "https://www.eventbrite.com/oauth/token",
    baseUrl: "https://www.eventbriteapi.com/v3/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "users/me/",
    map: (raw) => {
      const email = raw.emails.find((entry) => entry.primary) ?? raw.emails[0];
      return {
        id: raw.id,
        name: raw.name ?? ([raw.first_name, raw.last_name].filter(Boolean).join(" ") || undefined),
        email: email?.email,
        emailVerified: email?.verified,
      };
    },
  },
});
