// MYOB Business API (AccountRight, MYOB Business): the user picks one company file; API calls carry the API key.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The fields of MYOB's token answer that name the my.MYOB user. */
export interface MyobProfile {
  user: { uid: string; username?: string; [field: string]: unknown };
  /** The company file the user chose, from the callback. */
  businessId?: string;
  [field: string]: unknown;
}

/**
 * MYOB. Ask for the granular scopes the app was registered with (`CompanyFile` is retired). The callback names
 * the chosen company file (`businessId`, kept in the token); `api` sends `x-myobapi-key` (the client id) and
 * `x-myobapi-version`. Access tokens last 20 minutes. Without `clientId`, reads `MYOB_CLIENT_ID` /
 * `MYOB_CLIENT_SECRET` (API key and secret) from the config source.
 *
 * @example myob({ clientId: apiKey, clientSecret, scope: ["sme-company-file", "sme-sales"] })
 */
export const myob = oauth2Preset<NoOptions, MyobProfile>({
  id: "myob",
  name: "MYOB",
  docs: "https://developer.myob.com/api/myob-business-api/api-overview/authentication/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://secure.myob.com/oauth2/account/authorize",
    // MYOB's token endpoint is called `authorize`.
    tokenUrl: "https://secure.myob.com/oauth2/v1/authorize",
    baseUrl: "https://api.myob.com/accountright/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
    // The consent screen is where the user chooses the company file.
    authorizationParams: { prompt: "consent" },
    callbackParams: ["businessId"],
    apiClientIdHeader: "x-myobapi-key",
    apiHeaders: { "x-myobapi-version": "v2" },
  },
  profile: { fromToken: true, map: ({ user }) => ({ id: user.uid, email: user.username }) },
});
