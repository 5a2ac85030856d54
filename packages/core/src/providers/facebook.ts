// Facebook Login: a versioned Graph API, GET token exchange, no refresh (long-lived tokens come from another exchange).
import { oauth2Preset } from "./preset.js";

export interface FacebookOptions {
  /** Ask again for permissions the user declined (`auth_type=rerequest`). */
  rerequest?: boolean;
  /** The Graph API version of every endpoint. Default `v24.0`. */
  graphVersion?: string;
}

/** Facebook's `GET /me?fields=id,name,email,picture`. */
export interface FacebookProfile {
  id: string;
  name?: string;
  email?: string;
  picture?: { data: { url: string; is_silhouette?: boolean; [field: string]: unknown } };
  [field: string]: unknown;
}

/**
 * Facebook. Without `clientId`, reads `FACEBOOK_CLIENT_ID` (the app id) / `FACEBOOK_CLIENT_SECRET`.
 *
 * @example facebook({ clientId: appId, clientSecret: appSecret, scope: ["email", "public_profile"] })
 */
export const facebook = oauth2Preset<FacebookOptions, FacebookProfile>({
  id: "facebook",
  name: "Facebook",
  docs: "https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow",
  checked: "2026-11-27",
  options: ["rerequest", "graphVersion"],
  defaultOptions: { graphVersion: "v24.0" },
  oauth2: ({ rerequest }) => ({
    authorizationUrl: "https://www.facebook.com/{graphVersion}/dialog/oauth",
    tokenUrl: "https://graph.facebook.com/{graphVersion}/oauth/access_token",
    baseUrl: "https://graph.facebook.com/{graphVersion}/",
    scope: ["public_profile", "email"],
    // The documented exchange is a GET with the app secret in the query.
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "get",
    refresh: "none",
    ...(rerequest ? { authorizationParams: { auth_type: "rerequest" } } : {}),
  }),
  profile: {
    url: "me?fields=id,name,email,picture",
    map: (raw) => ({ id: raw.id, name: raw.name, email: raw.email, avatarUrl: raw.picture?.data.url }),
  },
});
