// Zoho: comma-separated scopes, access_type sent on every login, a data-centre domain, `Zoho-oauthtoken` API auth.
import { oauth2Preset } from "./preset.js";

export interface ZohoOptions {
  /** Ask for a refresh token (`access_type=offline`; otherwise `online`). */
  offline?: boolean;
  /** Ask the user to consent again (`prompt=consent`). */
  repromptConsent?: boolean;
  /** The data centre's domain: `zoho.com` (default), `zoho.eu`, `zoho.in`, `zoho.com.au`, `zoho.jp`, ... */
  domain?: string;
}

/** Zoho Accounts' `GET /oauth/user/info` (scope `AaaServer.profile.Read`). */
export interface ZohoProfile {
  ZUID: number;
  Email?: string;
  First_Name?: string;
  Last_Name?: string;
  Display_Name?: string;
  [field: string]: unknown;
}

/**
 * Zoho. Without `clientId`, reads `ZOHO_CLIENT_ID` / `ZOHO_CLIENT_SECRET` from the config source.
 *
 * @example zoho({ clientId, clientSecret, scope: ["ZohoCRM.users.ALL"], offline: true, domain: "zoho.eu" })
 */
export const zoho = oauth2Preset<ZohoOptions, ZohoProfile>({
  id: "zoho",
  name: "Zoho",
  docs: "https://www.zoho.com/accounts/protocol/oauth/web-server-applications.html",
  checked: "2026-11-27",
  options: ["offline", "repromptConsent", "domain"],
  defaultOptions: { domain: "zoho.com" },
  oauth2: ({ offline, repromptConsent }) => ({
    authorizationUrl: "https://accounts.{domain}/oauth/v2/auth",
    tokenUrl: "https://accounts.{domain}/oauth/v2/token",
    revocationUrl: "https://accounts.{domain}/oauth/v2/token/revoke",
    baseUrl: "https://www.zohoapis.com/",
    scope: ["AaaServer.profile.Read"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "reuses",
    apiAuthScheme: "Zoho-oauthtoken",
    authorizationParams: {
      access_type: offline ? "offline" : "online",
      ...(repromptConsent ? { prompt: "consent" } : {}),
    },
  }),
  profile: {
    url: "https://accounts.{domain}/oauth/user/info",
    map: (raw) => ({
      id: raw.ZUID,
      name: raw.Display_Name ?? ([raw.First_Name, raw.Last_Name].filter(Boolean).join(" ") || undefined),
      email: raw.Email,
    }),
  },
});
