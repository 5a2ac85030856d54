// Aidbox (Health Samurai FHIR server, hosted or self-hosted): OpenID Connect endpoints under /auth, JSON token requests.
import { oauth2Preset } from "./preset.js";

export interface AidboxOptions {
  /** The Aidbox instance's base URL: `https://aidbox.example.com`. */
  server: string;
}

/** The `userinfo` Aidbox puts in its token answer: the User resource's id and email. */
export interface AidboxProfile {
  userinfo: { id: string; email?: string; resourceType?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Aidbox. The client is a `Client` resource with the `code` grant (a secret, or `pkce: true`). The token answer
 * names the user; a refresh answers with a new access token only, so the refresh token is kept. Sessions are
 * closed with `DELETE /Session`. Without `clientId`, reads `AIDBOX_CLIENT_ID` / `AIDBOX_CLIENT_SECRET` from the
 * config source.
 *
 * @example aidbox({ server: "https://aidbox.example.com", clientId: "webapp", clientSecret })
 */
export const aidbox = oauth2Preset<AidboxOptions, AidboxProfile>({
  id: "aidbox",
  name: "Aidbox",
  docs: "https://docs.aidbox.app/security-and-access-control-1/auth/authorization-code",
  checked: "2026-12-04",
  options: ["server"],
  required: ["server"],
  example: { server: "https://aidbox.example.com" },
  oauth2: {
    issuer: "{server}",
    authorizationUrl: "{server}/auth/authorize",
    tokenUrl: "{server}/auth/token",
    userinfoUrl: "{server}/auth/userinfo",
    baseUrl: "{server}/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    refresh: "reuses",
  },
  profile: {
    fromToken: true,
    map: ({ userinfo }) => ({ id: userinfo.id, email: userinfo.email }),
  },
});
