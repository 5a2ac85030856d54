// Microsoft Entra External ID (external tenants on ciamlogin.com), or Azure AD B2C user flows on b2clogin.com.
import { text } from "../handle/profile.js";
import type { OidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface EntraExternalIdOptions {
  /** The tenant's directory name: `contoso` in `contoso.ciamlogin.com` (or `contoso.b2clogin.com`). */
  subdomain: string;
  /** The tenant id (a GUID): names the ID tokens' issuer. */
  tenantId: string;
  /** Azure AD B2C: the user flow or custom policy (`B2C_1_signupsignin`). Without it, Entra External ID. */
  policy?: string;
}

/** The claims of an External ID or B2C ID token; B2C lists the user's addresses in `emails`. */
export interface EntraExternalIdProfile extends OidcClaims {
  oid?: string;
  emails?: string[];
}

/**
 * Microsoft Entra External ID (customer identity in an external tenant), or, with `policy`, an Azure AD B2C
 * user flow (B2C takes no new customers; existing tenants keep working). Ask `offline_access` for a refresh
 * token. Without `clientId`, reads `ENTRAEXTERNALID_CLIENT_ID` / `ENTRAEXTERNALID_CLIENT_SECRET`.
 *
 * @example entraexternalid({ subdomain: "contoso", tenantId: "aaaabbbb-0000-cccc-1111-dddd2222eeee", clientId, clientSecret })
 */
export const entraexternalid = oauth2Preset<EntraExternalIdOptions, EntraExternalIdProfile>({
  id: "entraexternalid",
  name: "Microsoft Entra External ID / Azure AD B2C",
  docs: "https://learn.microsoft.com/en-us/entra/external-id/customers/concept-supported-features-customers",
  checked: "2026-12-04",
  options: ["subdomain", "tenantId", "policy"],
  required: ["subdomain", "tenantId"],
  example: { subdomain: "contoso", tenantId: "aaaabbbb-0000-cccc-1111-dddd2222eeee" },
  oauth2: ({ policy }) => {
    const endpoints = policy
      ? "https://{subdomain}.b2clogin.com/{subdomain}.onmicrosoft.com/{policy}/oauth2/v2.0"
      : "https://{subdomain}.ciamlogin.com/{tenantId}/oauth2/v2.0";
    return {
      issuer: policy
        ? "https://{subdomain}.b2clogin.com/{tenantId}/v2.0/"
        : "https://{tenantId}.ciamlogin.com/{tenantId}/v2.0",
      authorizationUrl: `${endpoints}/authorize`,
      tokenUrl: `${endpoints}/token`,
      baseUrl: "https://graph.microsoft.com/v1.0/",
      // B2C knows only these two; External ID also answers the standard profile scopes.
      scope: policy ? ["openid", "offline_access"] : ["openid", "profile", "email", "offline_access"],
      tokenEndpointAuthMethod: "client_secret_post",
      refresh: "rotating",
    };
  },
  profile: {
    map: (raw) => ({
      id: raw.sub,
      name: text(raw.name),
      email: text(raw.email) ?? text(raw.emails?.[0]),
    }),
  },
});
