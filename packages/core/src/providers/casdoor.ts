// Casdoor (self-hosted): OpenID Connect at the server's root; the token endpoint is /api/login/oauth/access_token.
import { flag, text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface CasdoorOptions {
  /** The Casdoor server's URL: `https://door.example.com`. */
  endpoint: string;
}

/** The claims of a Casdoor ID token (its user object's fields), the ones the profile reads. */
export interface CasdoorProfile {
  sub: string;
  name?: string;
  displayName?: string;
  email?: string;
  emailVerified?: boolean;
  email_verified?: boolean;
  avatar?: string;
  picture?: string;
  [claim: string]: unknown;
}

/**
 * Casdoor. Errors from the token endpoint can come with HTTP 200 and an `error` field; they are read as errors.
 * In the ID token `name` is the user name and `displayName` the name to show. Without `clientId`, reads
 * `CASDOOR_CLIENT_ID` / `CASDOOR_CLIENT_SECRET`.
 *
 * @example casdoor({ endpoint: "https://door.example.com", clientId, clientSecret })
 */
export const casdoor = oauth2Preset<CasdoorOptions, CasdoorProfile>({
  id: "casdoor",
  name: "Casdoor",
  docs: "https://casdoor.org/docs/how-to-connect/oauth",
  checked: "2026-12-04",
  options: ["endpoint"],
  required: ["endpoint"],
  example: { endpoint: "https://door.example.com" },
  oauth2: {
    issuer: "{endpoint}",
    authorizationUrl: "{endpoint}/login/oauth/authorize",
    tokenUrl: "{endpoint}/api/login/oauth/access_token",
    userinfoUrl: "{endpoint}/api/userinfo",
    baseUrl: "{endpoint}/api/",
    scope: ["openid", "profile", "email"],
    // The secret travels in the body, as Casdoor's own SDKs send it.
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "standard",
  },
  profile: {
    map: (raw) => ({
      id: raw.sub,
      name: text(raw.displayName) ?? text(raw.name),
      email: text(raw.email),
      emailVerified: flag(raw.email_verified ?? raw.emailVerified),
      avatarUrl: text(raw.picture) ?? text(raw.avatar),
    }),
  },
});
