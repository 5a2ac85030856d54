// d ACCOUNT Connect (NTT DOCOMO, Japan): OpenID Connect with pairwise subjects; ID tokens signed HS256 or RS256.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of a d ACCOUNT Connect ID token. */
export type DAccountProfile = OidcClaims;

/**
 * d ACCOUNT Connect. Clients are admitted after DOCOMO's review; the subject identifier is pairwise. ID tokens
 * may be signed with the client secret (HS256) or DOCOMO's key (RS256). Without `clientId`, reads
 * `DACCOUNT_CLIENT_ID` / `DACCOUNT_CLIENT_SECRET` from the config source.
 *
 * @example daccount({ clientId, clientSecret })
 */
export const daccount = oauth2Preset<NoOptions, DAccountProfile>({
  id: "daccount",
  name: "d ACCOUNT",
  docs: "https://id.smt.docomo.ne.jp/src/index_business.html",
  checked: "2026-12-04",
  oauth2: {
    issuer: "https://conf.uw.docomo.ne.jp/",
    authorizationUrl: "https://id.smt.docomo.ne.jp/cgi8/oidc/authorize",
    tokenUrl: "https://conf.uw.docomo.ne.jp/token",
    userinfoUrl: "https://conf.uw.docomo.ne.jp/userinfo",
    scope: ["openid"],
    idTokenAlgorithms: ["HS256", "RS256"],
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: oidcClaims,
});
