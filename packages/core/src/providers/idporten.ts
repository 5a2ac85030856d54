// ID-porten (Norway): OpenID Connect for public-sector services; endpoints discovered from the environment's issuer.
import { oauth2Preset } from "./preset.js";

export interface IdPortenOptions {
  /** Use the test environment (`https://test.idporten.no`) instead of production. */
  test?: boolean;
  /** The minimum level of assurance (`acr_values`): `idporten-loa-substantial` or `idporten-loa-high`. */
  acr?: "idporten-loa-substantial" | "idporten-loa-high";
}

/** The claims of an ID-porten ID token. */
export interface IdPortenProfile {
  /** A pairwise subject identifier for this client. */
  sub: string;
  /** The Norwegian national identity number, unless a pseudonymous scope was asked for. */
  pid?: string;
  acr?: string;
  amr?: string[];
  locale?: string;
  [claim: string]: unknown;
}

/**
 * ID-porten. PKCE is required; the ID token carries `pid` (the national identity number) and the level of
 * assurance in `acr`, and no name. Without `clientId`, reads `IDPORTEN_CLIENT_ID` / `IDPORTEN_CLIENT_SECRET` from
 * the config source.
 *
 * @example idporten({ clientId, clientSecret, test: true, acr: "idporten-loa-high" })
 */
export const idporten = oauth2Preset<IdPortenOptions, IdPortenProfile>({
  id: "idporten",
  name: "ID-porten",
  docs: "https://docs.digdir.no/docs/idporten/oidc/oidc_guide_idporten",
  checked: "2026-12-04",
  options: ["test", "acr"],
  oauth2: ({ test, acr }) => ({
    issuer: test ? "https://test.idporten.no" : "https://idporten.no",
    scope: ["openid", "profile"],
    pkceSupport: "required",
    refresh: "standard",
    ...(acr ? { authorizationParams: { acr_values: acr } } : {}),
  }),
  profile: { map: (raw) => ({ id: raw.sub }) },
});
