// Vipps MobilePay Login: OpenID Connect on api.vipps.no (or the test host); the user comes from its userinfo API.
import { flag, text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface VippsOptions {
  /** Use the test environment (`apitest.vipps.no`) instead of production. */
  test?: boolean;
}

/** Vipps MobilePay's userinfo answer, the fields the profile reads. */
export interface VippsProfile {
  sub: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  [claim: string]: unknown;
}

/**
 * Vipps MobilePay Login. Scopes name what the user shares (`name`, `email`, `phoneNumber`, `address`,
 * `birthDate`, ...), and the attributes come from the userinfo API, not the ID token. No refresh tokens. Without
 * `clientId`, reads `VIPPS_CLIENT_ID` / `VIPPS_CLIENT_SECRET`.
 *
 * @example vipps({ clientId, clientSecret, scope: ["openid", "name", "email", "phoneNumber"] })
 */
export const vipps = oauth2Preset<VippsOptions, VippsProfile>({
  id: "vipps",
  name: "Vipps MobilePay",
  docs: "https://developer.vippsmobilepay.com/docs/APIs/login-api/api-guide/core-concepts/",
  checked: "2026-12-04",
  options: ["test"],
  oauth2: ({ test }) => {
    const origin = test ? "https://apitest.vipps.no" : "https://api.vipps.no";
    return {
      issuer: `${origin}/access-management-1.0/access/`,
      authorizationUrl: `${origin}/access-management-1.0/access/oauth2/auth`,
      tokenUrl: `${origin}/access-management-1.0/access/oauth2/token`,
      userinfoUrl: `${origin}/vipps-userinfo-api/userinfo/`,
      baseUrl: `${origin}/`,
      scope: ["openid", "name", "email"],
      refresh: "none",
    };
  },
  profile: ({ test }) => ({
    url: `${test ? "https://apitest.vipps.no" : "https://api.vipps.no"}/vipps-userinfo-api/userinfo/`,
    map: (raw) => ({
      id: raw.sub,
      name: text(raw.name),
      email: text(raw.email),
      emailVerified: flag(raw.email_verified),
    }),
  }),
});
