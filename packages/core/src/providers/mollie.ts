// Mollie Connect: a scope is required, Basic client authentication, one-hour tokens, the organization as profile.
import { oauth2Preset } from "./preset.js";

export interface MollieOptions {
  /** `force` shows the consent screen even to a merchant who already approved these scopes. */
  approvalPrompt?: "auto" | "force";
}

/** Mollie's `GET /v2/organizations/me` (scope `organizations.read`). */
export interface MollieProfile {
  resource: "organization";
  id: string;
  name?: string;
  email?: string;
  locale?: string;
  [field: string]: unknown;
}

/**
 * Mollie. Tokens revoke with `DELETE /oauth2/tokens`, not RFC 7009, so `revoke()` is not wired. Without
 * `clientId`, reads `MOLLIE_CLIENT_ID` / `MOLLIE_CLIENT_SECRET` (the `app_` id and its secret) from the config
 * source.
 *
 * @example mollie({ clientId, clientSecret, scope: ["organizations.read", "payments.read"] })
 */
export const mollie = oauth2Preset<MollieOptions, MollieProfile>({
  id: "mollie",
  name: "Mollie",
  docs: "https://docs.mollie.com/reference/authorize-endpoint",
  checked: "2026-12-04",
  options: ["approvalPrompt"],
  oauth2: ({ approvalPrompt }) => ({
    authorizationUrl: "https://my.mollie.com/oauth2/authorize",
    tokenUrl: "https://api.mollie.com/oauth2/tokens",
    baseUrl: "https://api.mollie.com/v2/",
    scope: ["organizations.read"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
    ...(approvalPrompt ? { authorizationParams: { approval_prompt: approvalPrompt } } : {}),
  }),
  profile: {
    url: "organizations/me",
    map: (raw) => ({ id: raw.id, name: raw.name, email: raw.email }),
  },
});
