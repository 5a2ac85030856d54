// Clerk as an OAuth 2 / OpenID Connect provider: an instance's Frontend API host serves /oauth/*.
import { flag, text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface ClerkOptions {
  /** The instance's Frontend API host: `clerk.example.com`, or `example-12.clerk.accounts.dev` in development. */
  domain: string;
}

/** Clerk's `GET /oauth/userinfo` answer, the fields the profile reads. */
export interface ClerkProfile {
  sub?: string;
  user_id: string;
  name?: string;
  username?: string | null;
  email?: string;
  email_verified?: boolean;
  picture?: string;
  [field: string]: unknown;
}

/**
 * Clerk (its OAuth applications, as an identity provider for other apps). The user comes from
 * `/oauth/userinfo`, whose id is `user_id`. Without `clientId`, reads `CLERK_CLIENT_ID` / `CLERK_CLIENT_SECRET`.
 *
 * @example clerk({ domain: "clerk.example.com", clientId, clientSecret })
 */
export const clerk = oauth2Preset<ClerkOptions, ClerkProfile>({
  id: "clerk",
  name: "Clerk",
  docs: "https://clerk.com/docs/advanced-usage/clerk-idp",
  checked: "2026-12-04",
  options: ["domain"],
  required: ["domain"],
  example: { domain: "clerk.example.com" },
  oauth2: {
    issuer: "https://{domain}",
    authorizationUrl: "https://{domain}/oauth/authorize",
    tokenUrl: "https://{domain}/oauth/token",
    userinfoUrl: "https://{domain}/oauth/userinfo",
    baseUrl: "https://{domain}/",
    scope: ["openid", "profile", "email"],
    refresh: "standard",
  },
  profile: {
    url: "https://{domain}/oauth/userinfo",
    map: (raw) => ({
      id: raw.user_id ?? raw.sub,
      name: text(raw.name) ?? text(raw.username),
      email: text(raw.email),
      emailVerified: flag(raw.email_verified),
      avatarUrl: text(raw.picture),
    }),
  },
});
