// Constant Contact (V3 API): an Okta-based authorization server, Basic client authentication, `offline_access` for refresh.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Constant Contact's `GET /v3/account/summary` (scope `account_read`), the fields the profile reads. */
export interface ConstantContactProfile {
  encoded_account_id: string;
  first_name?: string;
  last_name?: string;
  contact_email?: string;
  organization_name?: string;
  [field: string]: unknown;
}

/**
 * Constant Contact. `offline_access` in the scope asks for a refresh token; apps choose rotating (the default) or
 * long-lived refresh tokens in their settings. The profile is the account's summary, so its id is the account's.
 * Without `clientId`, reads `CONSTANTCONTACT_CLIENT_ID` / `CONSTANTCONTACT_CLIENT_SECRET` from the config source.
 *
 * @example constantcontact({ clientId, clientSecret, scope: ["account_read", "contact_data", "offline_access"] })
 */
export const constantcontact = oauth2Preset<NoOptions, ConstantContactProfile>({
  id: "constantcontact",
  name: "Constant Contact",
  docs: "https://developer.constantcontact.com/api_guide/server_flow.html",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://authz.constantcontact.com/oauth2/default/v1/authorize",
    tokenUrl: "https://authz.constantcontact.com/oauth2/default/v1/token",
    revocationUrl: "https://authz.constantcontact.com/oauth2/default/v1/revoke",
    baseUrl: "https://api.cc.email/v3/",
    scope: ["account_read", "offline_access"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "rotating",
  },
  profile: {
    url: "account/summary",
    map: (raw) => ({
      id: raw.encoded_account_id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || raw.organization_name,
      email: raw.contact_email,
    }),
  },
});
