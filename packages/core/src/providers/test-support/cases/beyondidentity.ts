// Beyond Identity: the provider's documented behaviour.
import { beyondidentity } from "../../beyondidentity.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

const APP =
  "v1/tenants/00012da391ea206d/realms/862e4b72cfdce072/applications/af579a2a-1215-40c7-b83c-5ab33b7";
const ids = {
  tenantId: "00012da391ea206d",
  realmId: "862e4b72cfdce072",
  applicationId: "af579a2a-1215-40c7-b83c-5ab33b7",
};

export const CASES: PresetCase[] = [
  {
    preset: beyondidentity,
    options: ids,
    authorize: {
      url: `https://auth-us.beyondidentity.com/${APP}/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `https://auth-us.beyondidentity.com/${APP}/token`,
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: `https://auth-us.beyondidentity.com/${APP}`, ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    title: "Beyond Identity (EU tenant)",
    preset: beyondidentity,
    options: { ...ids, region: "eu" },
    authorize: {
      url: `https://auth-eu.beyondidentity.com/${APP}/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `https://auth-eu.beyondidentity.com/${APP}/token`,
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: `https://auth-eu.beyondidentity.com/${APP}`, ...USER },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: USER_PROFILE },
  },
];
