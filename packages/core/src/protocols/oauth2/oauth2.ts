// `oauth2()`: declares an OAuth 2 / OpenID Connect provider, the builder every OAuth 2 preset is made of.
import { brandProvider, type OAuth2Provider } from "../../provider.js";
import type { OAuth2Options } from "./oauth2-options.js";

/**
 * Declares an OAuth 2 or OpenID Connect provider. Options are checked when the provider is passed to
 * `createDance`, so a mistake is reported with its full path (`providers.corp.clientId: Required`).
 *
 * @example
 * oauth2({ issuer: "https://id.example.com", clientId, clientSecret, scope: ["openid", "email"] })
 */
export function oauth2(options: OAuth2Options): OAuth2Provider {
  return brandProvider({ kind: "oauth2", options: Object.freeze({ ...options }) });
}
