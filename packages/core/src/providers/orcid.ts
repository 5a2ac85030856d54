// ORCID: the token answer carries the researcher's ORCID iD and name; a sandbox for development.
import { oauth2Preset } from "./preset.js";

export interface OrcidOptions {
  /** Use sandbox.orcid.org instead of orcid.org. */
  sandbox?: boolean;
}

/** The fields of ORCID's token answer that name the researcher. */
export interface OrcidProfile {
  orcid: string;
  name?: string;
  [field: string]: unknown;
}

/**
 * ORCID. Without `clientId`, reads `ORCID_CLIENT_ID` / `ORCID_CLIENT_SECRET` from the config source.
 *
 * @example orcid({ clientId, clientSecret, sandbox: true })
 */
export const orcid = oauth2Preset<OrcidOptions, OrcidProfile>({
  id: "orcid",
  name: "ORCID",
  docs: "https://info.orcid.org/documentation/api-tutorials/api-tutorial-get-and-authenticated-orcid-id/",
  checked: "2026-11-27",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const host = sandbox ? "sandbox.orcid.org" : "orcid.org";
    return {
      authorizationUrl: `https://${host}/oauth/authorize`,
      tokenUrl: `https://${host}/oauth/token`,
      revocationUrl: `https://${host}/oauth/revoke`,
      baseUrl: `https://pub.${host}/v3.0/`,
      scope: ["/authenticate"],
      tokenEndpointAuthMethod: "client_secret_post",
      pkceSupport: "unsupported",
      refresh: "standard",
    };
  },
  profile: { fromToken: true, map: (raw) => ({ id: raw.orcid, name: raw.name }) },
});
