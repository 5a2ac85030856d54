// Ansattporten (Norway): ID-porten's login for people acting for an organisation; endpoints discovered from the issuer.
import { oauth2Preset } from "./preset.js";

export interface AnsattportenOptions {
  /** Use the test environment (`https://test.ansattporten.no`) instead of production. */
  test?: boolean;
  /** The accepted eIDs (`acr_values`): `high`, `substantial` (adds MinID) or `entraid` (Microsoft Entra ID). */
  acr?: "high" | "substantial" | "entraid";
}

/** The claims of an Ansattporten ID token. */
export interface AnsattportenProfile {
  sub: string;
  pid?: string;
  acr?: string;
  /** The organisation the user chose to represent, when representation was asked for (RAR). */
  authorization_details?: { type: string; [field: string]: unknown }[];
  [claim: string]: unknown;
}

/**
 * Ansattporten. The protocol is ID-porten's (PKCE required); ask for a representation with
 * `authorizationParams: { authorization_details }` (RAR) to show the organisation picker. Without `clientId`, reads
 * `ANSATTPORTEN_CLIENT_ID` / `ANSATTPORTEN_CLIENT_SECRET` from the config source.
 *
 * @example ansattporten({ clientId, clientSecret, test: true, acr: "substantial" })
 */
export const ansattporten = oauth2Preset<AnsattportenOptions, AnsattportenProfile>({
  id: "ansattporten",
  name: "Ansattporten",
  docs: "https://docs.digdir.no/docs/ansattporten/ansattporten_protocol.html",
  checked: "2026-12-04",
  options: ["test", "acr"],
  oauth2: ({ test, acr }) => ({
    issuer: test ? "https://test.ansattporten.no" : "https://ansattporten.no",
    scope: ["openid", "profile"],
    pkceSupport: "required",
    refresh: "standard",
    ...(acr ? { authorizationParams: { acr_values: acr } } : {}),
  }),
  profile: { map: (raw) => ({ id: raw.sub }) },
});
