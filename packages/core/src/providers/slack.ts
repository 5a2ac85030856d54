// Slack: "Sign in with Slack" (OpenID Connect) by default, or the v2 OAuth flow that installs the app (bot scopes).
import type { OidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface SlackOptions {
  /** Use the v2 install flow (`oauth/v2/authorize`, bot `scope`, `userScope`) instead of Sign in with Slack. */
  v2?: boolean;
  /** v2 only: scopes for a user token (`user_scope`). */
  userScope?: readonly string[];
  /** Preselect a workspace (`team`). */
  team?: string;
}

/** Sign in with Slack's ID token claims, or (v2) the fields of the token answer that name the installing user. */
export interface SlackProfile extends Partial<OidcClaims> {
  "https://slack.com/user_id"?: string;
  "https://slack.com/team_id"?: string;
  authed_user?: { id: string; [field: string]: unknown };
  team?: { id: string; name?: string };
}

/**
 * Slack. Error answers come with HTTP 200 and `ok: false`; they are read as errors. Without `clientId`, reads
 * `SLACK_CLIENT_ID` / `SLACK_CLIENT_SECRET` from the config source.
 *
 * @example slack({ clientId, clientSecret }) // Sign in with Slack
 * @example slack({ clientId, clientSecret, v2: true, scope: ["commands", "chat:write"] })
 */
export const slack = oauth2Preset<SlackOptions, SlackProfile>({
  id: "slack",
  name: "Slack",
  docs: "https://api.slack.com/authentication/sign-in-with-slack",
  checked: "2026-11-27",
  options: ["v2", "userScope", "team"],
  oauth2: ({ v2, userScope, team }) => {
    const teamParam = team ? { team } : {};
    if (!v2) {
      return {
        issuer: "https://slack.com",
        authorizationUrl: "https://slack.com/openid/connect/authorize",
        tokenUrl: "https://slack.com/api/openid.connect.token",
        userinfoUrl: "https://slack.com/api/openid.connect.userInfo",
        baseUrl: "https://slack.com/api/",
        scope: ["openid", "email", "profile"],
        tokenEndpointAuthMethod: "client_secret_post",
        pkceSupport: "unsupported",
        refresh: "none",
        authorizationParams: teamParam,
      };
    }
    return {
      authorizationUrl: "https://slack.com/oauth/v2/authorize",
      tokenUrl: "https://slack.com/api/oauth.v2.access",
      baseUrl: "https://slack.com/api/",
      scopeSeparator: ",",
      tokenEndpointAuthMethod: "client_secret_post",
      // A bot token is typed `bot`; it is used as a bearer token.
      tokenResponse: { tokenType: "Bearer" },
      pkceSupport: "unsupported",
      refresh: "rotating",
      authorizationParams: { ...teamParam, ...(userScope ? { user_scope: userScope.join(",") } : {}) },
    };
  },
  // Sign in with Slack names the user in its ID token; the v2 flow in its token answer.
  profile: ({ v2 }) => ({
    fromToken: Boolean(v2),
    map: (raw) => ({
      id: raw.authed_user?.id ?? raw["https://slack.com/user_id"] ?? (raw.sub as string),
      name: raw.name,
      email: raw.email,
      emailVerified: raw.email_verified,
      avatarUrl: raw.picture,
    }),
  }),
});
