// Snapchat Login Kit: scopes are URLs, Basic client auth, the user from a GraphQL query at kit.snapchat.com.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Login Kit's `POST /v1/me` answer to `{me{externalId displayName bitmoji{avatar}}}`. */
export interface SnapchatProfile {
  data: {
    me: {
      externalId: string;
      displayName?: string;
      bitmoji?: { avatar?: string; id?: string };
      [field: string]: unknown;
    };
  };
}

const SCOPE = "https://auth.snapchat.com/oauth2/api/";

/**
 * Snapchat. Login Kit gives no email address; the Bitmoji avatar is a scope the user may decline. Without
 * `clientId`, reads `SNAPCHAT_CLIENT_ID` / `SNAPCHAT_CLIENT_SECRET` from the config source.
 *
 * @example snapchat({ clientId, clientSecret })
 */
export const snapchat = oauth2Preset<NoOptions, SnapchatProfile>({
  id: "snapchat",
  name: "Snapchat",
  docs: "https://developers.snap.com/snap-kit/login-kit/overview",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://accounts.snapchat.com/accounts/oauth2/auth",
    tokenUrl: "https://accounts.snapchat.com/accounts/oauth2/token",
    baseUrl: "https://kit.snapchat.com/v1/",
    scope: [`${SCOPE}user.external_id`, `${SCOPE}user.display_name`, `${SCOPE}user.bitmoji.avatar`],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "standard",
  },
  profile: {
    url: "me",
    method: "POST",
    json: { query: "{me{externalId displayName bitmoji{avatar}}}" },
    map: ({ data: { me } }) => ({
      id: me.externalId,
      name: text(me.displayName),
      avatarUrl: text(me.bitmoji?.avatar),
    }),
  },
});
