// TARA (Estonia, RIA): OpenID Connect with state required; the ID token carries the personal code and name.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface TaraOptions {
  /** Use the demo environment (`https://tara-test.ria.ee`) instead of production. */
  test?: boolean;
  /** The minimum eIDAS level of assurance (`acr_values`): `low`, `substantial` (TARA's default) or `high`. */
  acr?: "low" | "substantial" | "high";
}

/** The claims of a TARA ID token. */
export interface TaraProfile {
  /** The country code and personal identification code, e.g. `EE60001019906`. */
  sub: string;
  profile_attributes?: { date_of_birth?: string; given_name?: string; family_name?: string };
  /** `mID`, `idcard`, `smartid` or `eIDAS`. */
  amr?: string[];
  acr?: string;
  email?: string;
  email_verified?: boolean;
  [claim: string]: unknown;
}

/**
 * TARA. Choose the authentication methods with scopes (`idcard`, `mid`, `smartid`, `eidas`); `email` adds the
 * ID-card's e-mail address (never verified). Token requests are allowed only from registered IP addresses in
 * production. Without `clientId`, reads `TARA_CLIENT_ID` / `TARA_CLIENT_SECRET` from the config source.
 *
 * @example tara({ clientId, clientSecret, acr: "high", scope: ["openid", "idcard", "mid", "smartid"] })
 */
export const tara = oauth2Preset<TaraOptions, TaraProfile>({
  id: "tara",
  name: "TARA",
  docs: "https://e-gov.github.io/TARA-Doku/TechnicalSpecification",
  checked: "2026-12-04",
  options: ["test", "acr"],
  oauth2: ({ test, acr }) => {
    const host = test ? "https://tara-test.ria.ee" : "https://tara.ria.ee";
    return {
      issuer: host,
      authorizationUrl: `${host}/oidc/authorize`,
      tokenUrl: `${host}/oidc/token`,
      userinfoUrl: `${host}/oidc/profile`,
      scope: ["openid"],
      tokenEndpointAuthMethod: "client_secret_basic",
      pkceSupport: "unsupported",
      refresh: "none",
      ...(acr ? { authorizationParams: { acr_values: acr } } : {}),
    };
  },
  profile: {
    map: (raw) => {
      const names = raw.profile_attributes;
      return {
        id: raw.sub,
        name: [names?.given_name, names?.family_name].filter(Boolean).join(" ") || undefined,
        email: text(raw.email),
        emailVerified: raw.email ? raw.email_verified : undefined,
      };
    },
  },
});
