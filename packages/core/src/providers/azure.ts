// Microsoft Entra ID (Azure AD), v2.0 endpoints: any tenant, including the multi-tenant `common` issuer template.
import type { OidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface AzureOptions {
  /** `common` (default), `organizations`, `consumers`, a tenant id or a tenant domain. */
  tenant?: string;
  /** `login`, `none`, `consent` or `select_account`. */
  prompt?: "login" | "none" | "consent" | "select_account";
  /** Skip home realm discovery (`domain_hint`). */
  domainHint?: string;
  /** Prefill the sign-in name (`login_hint`). */
  loginHint?: string;
  /** Ask for a refresh token (adds the `offline_access` scope). */
  offline?: boolean;
}

/** The claims of an Entra ID token. `oid` is the user's id across the tenant's apps; `sub` is per app. */
export interface AzureProfile extends OidcClaims {
  oid?: string;
  tid?: string;
}

/**
 * Microsoft Entra ID. The endpoints are discovered from `https://login.microsoftonline.com/{tenant}/v2.0`; for
 * `common` and the other multi-tenant names the ID token's issuer is checked against the user's own tenant (`tid`).
 * `api` is based on Microsoft Graph. Without `clientId`, reads `AZURE_CLIENT_ID` / `AZURE_CLIENT_SECRET`.
 *
 * @example azure({ clientId, clientSecret, tenant: "contoso.onmicrosoft.com", offline: true })
 */
export const azure = oauth2Preset<AzureOptions, AzureProfile>({
  id: "azure",
  name: "Microsoft Entra ID",
  docs: "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
  checked: "2026-11-27",
  options: ["tenant", "prompt", "domainHint", "loginHint", "offline"],
  defaultOptions: { tenant: "common" },
  oauth2: ({ prompt, domainHint, loginHint, offline }) => ({
    issuer: "https://login.microsoftonline.com/{tenant}/v2.0",
    baseUrl: "https://graph.microsoft.com/v1.0/",
    scope: ["openid", "email", "profile", "User.Read", ...(offline ? ["offline_access"] : [])],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
    authorizationParams: {
      ...(prompt ? { prompt } : {}),
      ...(domainHint ? { domain_hint: domainHint } : {}),
      ...(loginHint ? { login_hint: loginHint } : {}),
    },
  }),
  profile: {
    map: (raw) => ({
      id: raw.sub,
      name: raw.name,
      email: raw.email ?? undefined,
    }),
  },
});
