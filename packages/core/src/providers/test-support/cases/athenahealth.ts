// athenahealth: the provider's documented behaviour (patient standalone launch).
import { athenahealth } from "../../athenahealth.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: athenahealth,
    authorize: {
      url: "https://api.platform.athenahealth.com/oauth2/v1/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid fhirUser",
        aud: "https://api.platform.athenahealth.com/fhir/r4",
      },
      pkce: true,
      nonce: true,
    },
    variants: [
      {
        options: { preview: true },
        params: { aud: "https://api.preview.platform.athenahealth.com/fhir/r4" },
      },
    ],
    token: {
      url: "https://api.platform.athenahealth.com/oauth2/v1/token",
      auth: "basic",
      answer: {
        token_type: "Bearer",
        expires_in: 3600,
        access_token: "eyJraWQiOiJhdGhlbmEiLCJhbGciOiJSUzI1NiJ9.e30.c2ln",
        scope: "openid fhirUser",
        patient: "a-1.E-14914",
      },
      idToken: {
        iss: "https://api.platform.athenahealth.com",
        sub: "00u1a2b3c4d5e6f7g8h9",
        fhirUser: "https://api.platform.athenahealth.com/fhir/r4/Patient/a-1.E-14914",
      },
      expect: { patient: "a-1.E-14914" },
    },
    profile: { expected: { id: "00u1a2b3c4d5e6f7g8h9" } },
  },
];
