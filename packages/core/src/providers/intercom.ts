// Intercom: permissions set on the app rather than asked for, tokens that never expire, US / EU / AU hosting.
import { oauth2Preset } from "./preset.js";

/** Where the workspace is hosted. */
export type IntercomRegion = "us" | "eu" | "au";

export interface IntercomOptions {
  /** The workspace's region: `us` (default), `eu` or `au`. */
  region?: IntercomRegion;
}

/** Intercom's `GET /me`: the admin who installed the app. */
export interface IntercomProfile {
  type: "admin";
  id: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
  avatar?: { image_url?: string | null };
  app?: { id_code: string; name: string; [field: string]: unknown };
  [field: string]: unknown;
}

const HOSTS: Record<IntercomRegion, { app: string; api: string }> = {
  us: { app: "app.intercom.com", api: "api.intercom.io" },
  eu: { app: "app.eu.intercom.com", api: "api.eu.intercom.io" },
  au: { app: "app.au.intercom.com", api: "api.au.intercom.io" },
};

/**
 * Intercom. The permissions are those ticked on the app in the Developer Hub; no scope is sent. Tokens do not
 * expire and there are no refresh tokens. Without `clientId`, reads `INTERCOM_CLIENT_ID` /
 * `INTERCOM_CLIENT_SECRET` from the config source.
 *
 * @example intercom({ clientId, clientSecret, region: "eu" })
 */
export const intercom = oauth2Preset<IntercomOptions, IntercomProfile>({
  id: "intercom",
  name: "Intercom",
  docs: "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication/setting-up-oauth",
  checked: "2026-12-04",
  options: ["region"],
  defaultOptions: { region: "us" },
  oauth2: ({ region = "us" }) => ({
    authorizationUrl: `https://${HOSTS[region].app}/oauth`,
    tokenUrl: `https://${HOSTS[region].api}/auth/eagle/token`,
    baseUrl: `https://${HOSTS[region].api}/`,
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  }),
  profile: {
    url: "me",
    map: (raw) => ({
      id: raw.id,
      name: raw.name,
      email: raw.email,
      emailVerified: raw.email_verified,
      avatarUrl: raw.avatar?.image_url ?? undefined,
    }),
  },
});
