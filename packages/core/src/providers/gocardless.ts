// GoCardless partner OAuth: merchants connect their account; tokens never expire; the API wants a version header.
import { oauth2Preset } from "./preset.js";

export interface GoCardlessOptions {
  /** Use the sandbox (`connect-sandbox.gocardless.com`, `api-sandbox.gocardless.com`). */
  sandbox?: boolean;
  /** Open the sign-up or the log-in page first (`initial_view`). */
  initialView?: "signup" | "login";
}

/** The fields of GoCardless's token answer that name the merchant. */
export interface GoCardlessProfile {
  organisation_id: string;
  email?: string;
  scope?: string;
  [field: string]: unknown;
}

/**
 * GoCardless. The scope is `read_write` or `read_only`. Tokens do not expire and come without a refresh token;
 * the answer names the merchant's `organisation_id` and email. `api` sends `GoCardless-Version`. Without
 * `clientId`, reads `GOCARDLESS_CLIENT_ID` / `GOCARDLESS_CLIENT_SECRET` from the config source.
 *
 * @example gocardless({ clientId, clientSecret, sandbox: true, initialView: "signup" })
 */
export const gocardless = oauth2Preset<GoCardlessOptions, GoCardlessProfile>({
  id: "gocardless",
  name: "GoCardless",
  docs: "https://developer.gocardless.com/partners/connecting-your-users",
  checked: "2026-12-04",
  options: ["sandbox", "initialView"],
  oauth2: ({ sandbox, initialView }) => ({
    authorizationUrl: `https://${sandbox ? "connect-sandbox" : "connect"}.gocardless.com/oauth/authorize`,
    tokenUrl: `https://${sandbox ? "connect-sandbox" : "connect"}.gocardless.com/oauth/access_token`,
    baseUrl: `https://${sandbox ? "api-sandbox" : "api"}.gocardless.com/`,
    scope: "read_write",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
    apiHeaders: { "GoCardless-Version": "2015-07-06" },
    ...(initialView ? { authorizationParams: { initial_view: initialView } } : {}),
  }),
  profile: { fromToken: true, map: (raw) => ({ id: raw.organisation_id, email: raw.email }) },
});
