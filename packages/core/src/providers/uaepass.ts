// UAE PASS (United Arab Emirates): OAuth 2.0 with a fixed acr_values, the client in a Basic header, no refresh tokens.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface UaePassOptions {
  /** Use the staging environment (`stg-id.uaepass.ae`) instead of production. */
  staging?: boolean;
  /** The language of the login pages (`ui_locales`): `en` or `ar`. */
  locale?: "en" | "ar";
}

/** UAE PASS's `GET /idshub/userinfo` (scope `urn:uae:digitalid:profile:general`). */
export interface UaePassProfile {
  sub?: string;
  /** The user's unique id. */
  uuid: string;
  /** `SOP1` (mobile and email verified), `SOP2` or `SOP3` (Emirates ID verified too). */
  userType?: string;
  fullnameEN?: string;
  fullnameAR?: string;
  firstnameEN?: string;
  lastnameEN?: string;
  email?: string;
  mobile?: string;
  /** The Emirates ID number (SOP2 and SOP3). */
  idn?: string;
  [field: string]: unknown;
}

/**
 * UAE PASS. Every login sends `acr_values=urn:safelayer:tws:policies:authentication:level:low`; the access token
 * is a one-hour bearer token without a refresh token. Without `clientId`, reads `UAEPASS_CLIENT_ID` /
 * `UAEPASS_CLIENT_SECRET` from the config source.
 *
 * @example uaepass({ clientId, clientSecret, staging: true, locale: "ar" })
 */
export const uaepass = oauth2Preset<UaePassOptions, UaePassProfile>({
  id: "uaepass",
  name: "UAE PASS",
  docs: "https://docs.uaepass.ae/feature-guides/authentication/web-application",
  checked: "2026-12-04",
  options: ["staging", "locale"],
  oauth2: ({ staging, locale }) => {
    const base = `https://${staging ? "stg-id.uaepass.ae" : "id.uaepass.ae"}/idshub`;
    return {
      authorizationUrl: `${base}/authorize`,
      tokenUrl: `${base}/token`,
      baseUrl: `${base}/`,
      scope: ["urn:uae:digitalid:profile:general"],
      tokenEndpointAuthMethod: "client_secret_basic",
      pkceSupport: "unsupported",
      refresh: "none",
      authorizationParams: {
        acr_values: "urn:safelayer:tws:policies:authentication:level:low",
        ...(locale ? { ui_locales: locale } : {}),
      },
    };
  },
  profile: {
    url: "userinfo",
    map: (raw) => ({
      id: raw.uuid ?? raw.sub,
      name: text(raw.fullnameEN) ?? text(raw.fullnameAR),
      email: text(raw.email),
    }),
  },
});
