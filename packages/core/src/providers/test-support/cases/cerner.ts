// Oracle Health (Cerner): the provider's documented behaviour (its sandbox tenant's SMART configuration).
import { cerner } from "../../cerner.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
const AUTHORIZATION = `https://authorization.cerner.com/tenants/${TENANT}`;

const ANSWER = {
  access_token: "eyJraWQiOiIyMDI0LTExLTAxVDAwOjAwOjAwLjAwMC5lYyIsImFsZyI6IkVTMjU2In0.e30.c2ln",
  scope: "openid fhirUser",
  token_type: "Bearer",
  expires_in: 570,
};

export const CASES: PresetCase[] = [
  {
    title: "Oracle Health (Cerner, patient persona)",
    preset: cerner,
    options: { tenant: TENANT },
    authorize: {
      url: `${AUTHORIZATION}/protocols/oauth2/profiles/smart-v1/personas/patient/authorize`,
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid fhirUser",
        aud: `https://fhir-myrecord.cerner.com/r4/${TENANT}`,
      },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `${AUTHORIZATION}/hosts/fhir-myrecord.cerner.com/protocols/oauth2/profiles/smart-v1/token`,
      auth: "basic",
      // Launch context beside the token.
      answer: { ...ANSWER, patient: "12724066", need_patient_banner: true },
      idToken: {
        iss: AUTHORIZATION,
        sub: "12724066",
        fhirUser: `https://fhir-myrecord.cerner.com/r4/${TENANT}/Patient/12724066`,
      },
      expect: { patient: "12724066", need_patient_banner: true },
    },
    profile: { expected: { id: "12724066" } },
  },
  {
    title: "Oracle Health (Cerner, provider sandbox)",
    preset: cerner,
    options: { tenant: TENANT, persona: "provider", fhirHost: "fhir-ehr-code.cerner.com" },
    authorize: {
      url: `${AUTHORIZATION}/protocols/oauth2/profiles/smart-v1/personas/provider/authorize`,
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid fhirUser",
        aud: `https://fhir-ehr-code.cerner.com/r4/${TENANT}`,
      },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `${AUTHORIZATION}/hosts/fhir-ehr-code.cerner.com/protocols/oauth2/profiles/smart-v1/token`,
      auth: "basic",
      answer: ANSWER,
      idToken: {
        iss: AUTHORIZATION,
        sub: "12742069",
        fhirUser: `https://fhir-ehr-code.cerner.com/r4/${TENANT}/Practitioner/12742069`,
      },
      expect: { scope: "openid fhirUser" },
    },
    profile: { expected: { id: "12742069" } },
  },
];
