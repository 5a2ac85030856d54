// WorkOS SSO: one of connection, organization or provider picks the identity provider; the profile comes with the token.
import { oauth2Preset } from "./preset.js";

export interface WorkOSOptions {
  /** Log in through this SSO connection (`connection`). */
  connection?: string;
  /** Log in through this organization's SSO connection (`organization`). */
  organization?: string;
  /** Log in through an OAuth provider: `GoogleOAuth`, `MicrosoftOAuth`, `GitHubOAuth`, `AppleOAuth` (`provider`). */
  provider?: string;
  /** Prefill the user's email (`login_hint`). */
  loginHint?: string;
}

/** The `profile` of WorkOS's token answer. */
export interface WorkOSProfile {
  profile: {
    id: string;
    email: string;
    first_name?: string | null;
    last_name?: string | null;
    connection_id: string;
    organization_id?: string | null;
    [field: string]: unknown;
  };
}

/**
 * WorkOS (SSO). `clientSecret` is the API key. Pass one of `connection`, `organization` or `provider`. Without
 * `clientId`, reads `WORKOS_CLIENT_ID` / `WORKOS_CLIENT_SECRET` from the config source.
 *
 * @example workos({ clientId, clientSecret: apiKey, organization: "org_01EHZNVPK3SFK441A1RGBFSHRT" })
 */
export const workos = oauth2Preset<WorkOSOptions, WorkOSProfile>({
  id: "workos",
  name: "WorkOS",
  docs: "https://workos.com/docs/reference/sso/get-authorization-url",
  checked: "2026-11-27",
  options: ["connection", "organization", "provider", "loginHint"],
  oauth2: ({ connection, organization, provider, loginHint }) => ({
    authorizationUrl: "https://api.workos.com/sso/authorize",
    tokenUrl: "https://api.workos.com/sso/token",
    baseUrl: "https://api.workos.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
    authorizationParams: {
      ...(connection ? { connection } : {}),
      ...(organization ? { organization } : {}),
      ...(provider ? { provider } : {}),
      ...(loginHint ? { login_hint: loginHint } : {}),
    },
  }),
  profile: {
    fromToken: true,
    map: ({ profile }) => ({
      id: profile.id,
      name: [profile.first_name, profile.last_name].filter(Boolean).join(" ") || undefined,
      email: profile.email,
    }),
  },
});
