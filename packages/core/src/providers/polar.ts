// Polar AccessLink (Polar Flow training data): Basic client authentication, year-long tokens, no refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The fields of Polar's token answer that name the user: `x_user_id`, the Polar user id. */
export interface PolarProfile {
  x_user_id: number;
  [field: string]: unknown;
}

/**
 * Polar AccessLink. The token answer names the user (`x_user_id`); before reading any data the app must register
 * the user once with `POST users` (`{ "member-id": ... }`, 409 when already registered). Without `clientId`,
 * reads `POLAR_CLIENT_ID` / `POLAR_CLIENT_SECRET` from the config source.
 *
 * @example polar({ clientId, clientSecret })
 */
export const polar = oauth2Preset<NoOptions, PolarProfile>({
  id: "polar",
  name: "Polar AccessLink",
  docs: "https://www.polar.com/accesslink-api/#authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://flow.polar.com/oauth2/authorization",
    tokenUrl: "https://polarremote.com/v2/oauth2/token",
    baseUrl: "https://www.polaraccesslink.com/v3/",
    scope: ["accesslink.read_all"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: { fromToken: true, map: (raw) => ({ id: raw.x_user_id }) },
});
