// Dexcom (continuous glucose monitoring) API v3: offline access by default, single-use refresh tokens, a sandbox.
import { oauth2Preset } from "./preset.js";

export interface DexcomOptions {
  /** Use the sandbox (`sandbox-api.dexcom.com`) instead of production. */
  sandbox?: boolean;
}

/** Dexcom's `GET /v3/users/self/dataRange`: Dexcom has no profile endpoint, but every answer names the user. */
export interface DexcomProfile {
  userId: string;
  recordType: string;
  recordVersion: string;
  [field: string]: unknown;
}

/**
 * Dexcom. Without `clientId`, reads `DEXCOM_CLIENT_ID` / `DEXCOM_CLIENT_SECRET` from the config source.
 *
 * @example dexcom({ clientId, clientSecret, sandbox: true })
 */
export const dexcom = oauth2Preset<DexcomOptions, DexcomProfile>({
  id: "dexcom",
  name: "Dexcom",
  docs: "https://developer.dexcom.com/docs/dexcomv3/authentication/",
  checked: "2026-11-27",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const host = sandbox ? "https://sandbox-api.dexcom.com" : "https://api.dexcom.com";
    return {
      authorizationUrl: `${host}/v2/oauth2/login`,
      tokenUrl: `${host}/v2/oauth2/token`,
      baseUrl: `${host}/v3/`,
      scope: ["offline_access"],
      tokenEndpointAuthMethod: "client_secret_post",
      pkceSupport: "unsupported",
      refresh: "rotating",
    };
  },
  profile: { url: "users/self/dataRange", map: (raw) => ({ id: raw.userId }) },
});
