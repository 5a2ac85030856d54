// Storyblok (plugins and integrations): PKCE, the space id on the callback, region-specific API hosts.
import { oauth2Preset } from "./preset.js";

/** The region of the space, which picks the API hosts. */
export type StoryblokRegion = "eu" | "us" | "ca" | "ap";

export interface StoryblokOptions {
  /** The space's region: `eu` (default), `us`, `ca` or `ap`. */
  region?: StoryblokRegion;
}

/** Storyblok's `GET /oauth/user_info`: the user, the space the plugin was approved for, the user's roles there. */
export interface StoryblokProfile {
  user: { id: number; friendly_name: string };
  space?: { id: number; name: string };
  roles?: { name: string }[];
  [field: string]: unknown;
}

const OAUTH_API: Record<StoryblokRegion, string> = {
  eu: "api.storyblok.com",
  us: "api-us.storyblok.com",
  ca: "api-ca.storyblok.com",
  ap: "api-ap.storyblok.com",
};

const MANAGEMENT_API: Record<StoryblokRegion, string> = {
  eu: "mapi.storyblok.com",
  us: "api-us.storyblok.com",
  ca: "api-ca.storyblok.com",
  ap: "api-ap.storyblok.com",
};

/**
 * Storyblok. A token is for the one space the plugin was approved in; its id arrives on the callback and is kept
 * as the token's `space_id`. Access tokens last 15 minutes; refresh with the refresh token. `api` calls the
 * Management API of the region. Without `clientId`, reads `STORYBLOK_CLIENT_ID` / `STORYBLOK_CLIENT_SECRET`.
 *
 * @example storyblok({ clientId, clientSecret, region: "us", scope: ["read_content", "write_content"] })
 */
export const storyblok = oauth2Preset<StoryblokOptions, StoryblokProfile>({
  id: "storyblok",
  name: "Storyblok",
  docs: "https://www.storyblok.com/docs/plugins/oauth-authorization-flow",
  checked: "2026-12-04",
  options: ["region"],
  defaultOptions: { region: "eu" },
  oauth2: ({ region = "eu" }) => ({
    authorizationUrl: "https://app.storyblok.com/oauth/authorize",
    tokenUrl: "https://app.storyblok.com/oauth/token",
    baseUrl: `https://${MANAGEMENT_API[region]}/v1/`,
    scope: ["read_content"],
    tokenEndpointAuthMethod: "client_secret_post",
    callbackParams: ["space_id"],
    refresh: "standard",
  }),
  profile: ({ region = "eu" }) => ({
    url: `https://${OAUTH_API[region]}/oauth/user_info`,
    map: ({ user }) => ({ id: user.id, name: user.friendly_name }),
  }),
});
