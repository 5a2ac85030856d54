// Wise Platform (partners): Basic client authentication, 12-hour tokens, the chosen profile id on the callback.
import { oauth2Preset } from "./preset.js";

export interface WiseOptions {
  /** Use the sandbox (`sandbox.transferwise.tech`, `api.sandbox.transferwise.tech`). */
  sandbox?: boolean;
}

/** Wise's `GET /v1/me`. */
export interface WiseProfile {
  id: number;
  name?: string;
  email?: string;
  active?: boolean;
  details?: { firstName?: string; lastName?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Wise. For approved partners (credentials come from Wise during onboarding). The callback names the profile
 * the user granted (`profileId`, kept in the token). Access tokens last 12 hours, refresh tokens 20 years.
 * Without `clientId`, reads `WISE_CLIENT_ID` / `WISE_CLIENT_SECRET` from the config source.
 *
 * @example wise({ clientId, clientSecret, sandbox: true })
 */
export const wise = oauth2Preset<WiseOptions, WiseProfile>({
  id: "wise",
  name: "Wise",
  docs: "https://docs.wise.com/guides/developer/auth-and-security/user-access-token",
  checked: "2026-12-04",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const api = sandbox ? "https://api.sandbox.transferwise.tech" : "https://api.wise.com";
    return {
      authorizationUrl: sandbox
        ? "https://sandbox.transferwise.tech/oauth/authorize/"
        : "https://wise.com/oauth/authorize/",
      tokenUrl: `${api}/oauth/token`,
      baseUrl: `${api}/`,
      tokenEndpointAuthMethod: "client_secret_basic",
      clientIdInBody: true,
      callbackParams: ["profileId"],
      pkceSupport: "unsupported",
      refresh: "standard",
    };
  },
  profile: {
    url: "v1/me",
    map: (raw) => ({
      id: raw.id,
      name:
        raw.name ?? ([raw.details?.firstName, raw.details?.lastName].filter(Boolean).join(" ") || undefined),
      email: raw.email,
    }),
  },
});
