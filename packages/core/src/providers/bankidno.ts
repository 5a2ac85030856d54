// BankID Norway (BankID OIDC): a Keycloak realm per environment, PKCE, the client in a Basic header; the ID token names the user.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface BankIdNoOptions {
  /** Use the pre-production environment (`auth.current.bankid.no`, realm `current`) instead of production. */
  preprod?: boolean;
}

/** The claims of a BankID OIDC ID token (scopes `openid profile`). */
export interface BankIdNoProfile extends OidcClaims {
  birthdate?: string;
  /** The authentication method used: `BID` (BankID), `BIM` (BankID on mobile), `BIS` (BankID app). */
  amr?: string | string[];
  acr?: string;
  /** The personal identifier of the BankID certificate. */
  bankid_altsub?: string;
}

/**
 * BankID Norway. The ID token carries the name and birth date; the national identity number needs the `nnin`
 * scope and an approved agreement. Without `clientId`, reads `BANKIDNO_CLIENT_ID` / `BANKIDNO_CLIENT_SECRET` from
 * the config source.
 *
 * @example bankidno({ clientId, clientSecret, preprod: true })
 */
export const bankidno = oauth2Preset<BankIdNoOptions, BankIdNoProfile>({
  id: "bankidno",
  name: "BankID Norway",
  docs: "https://confluence.bankidnorge.no/confluence/pdoidcl/technical-documentation/api/token",
  checked: "2026-12-04",
  options: ["preprod"],
  oauth2: ({ preprod }) => {
    const realm = preprod
      ? "https://auth.current.bankid.no/auth/realms/current"
      : "https://auth.bankid.no/auth/realms/prod";
    return {
      issuer: realm,
      authorizationUrl: `${realm}/protocol/openid-connect/auth`,
      tokenUrl: `${realm}/protocol/openid-connect/token`,
      userinfoUrl: `${realm}/protocol/openid-connect/userinfo`,
      scope: ["openid", "profile"],
      tokenEndpointAuthMethod: "client_secret_basic",
      refresh: "standard",
    };
  },
  profile: oidcClaims,
});
