// Basecamp (37signals Launchpad): two-week access tokens; the API wants a User-Agent naming the app and a contact.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Launchpad's `GET /authorization.json`: the user's identity and the accounts the token reaches. */
export interface BasecampProfile {
  expires_at: string;
  identity: {
    id: number;
    first_name: string;
    last_name: string;
    email_address: string;
    [field: string]: unknown;
  };
  accounts: { product: string; id: number; name: string; href: string; app_href: string }[];
  [field: string]: unknown;
}

/**
 * Basecamp. Launchpad does not verify email addresses, so the profile's email is not proof of ownership. API
 * calls go to the `href` of an account in the profile's `accounts`; pass `apiHeaders: { "User-Agent": "MyApp
 * (you@example.com)" }` as Basecamp asks. Without `clientId`, reads `BASECAMP_CLIENT_ID` /
 * `BASECAMP_CLIENT_SECRET` from the config source.
 *
 * @example basecamp({ clientId, clientSecret, apiHeaders: { "User-Agent": "MyApp (ops@example.com)" } })
 */
export const basecamp = oauth2Preset<NoOptions, BasecampProfile>({
  id: "basecamp",
  name: "Basecamp",
  docs: "https://github.com/basecamp/bc3-api/blob/master/sections/authentication.md",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://launchpad.37signals.com/authorization/new",
    tokenUrl: "https://launchpad.37signals.com/authorization/token",
    baseUrl: "https://3.basecampapi.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
    apiHeaders: { "User-Agent": "oauth-dance" },
  },
  profile: {
    url: "https://launchpad.37signals.com/authorization.json",
    map: ({ identity }) => ({
      id: identity.id,
      name: [identity.first_name, identity.last_name].filter(Boolean).join(" ") || undefined,
      email: identity.email_address,
    }),
  },
});
