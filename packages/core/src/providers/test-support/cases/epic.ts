// Epic on FHIR: the provider's documented behaviour (standalone launch).
import { epic } from "../../epic.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: epic,
    authorize: {
      url: "https://fhir.epic.com/interconnect-fhir-oauth/oauth2/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid fhirUser",
        aud: "https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4",
      },
      pkce: true,
      nonce: true,
    },
    variants: [
      {
        options: { server: "https://epicproxy.example.org/OAuth2-PRD/" },
        params: { aud: "https://epicproxy.example.org/OAuth2-PRD/api/FHIR/R4" },
      },
      {
        options: { fhirVersion: "STU3" },
        params: { aud: "https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/STU3" },
      },
    ],
    token: {
      url: "https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "Nxfve4q3H9TKs5F5vf6kRYAZqzK7j9LHvrg1Bw7fU_07_FdV9aRzLCI1GxOn20LuO2Ahl5RkRnz",
        token_type: "Bearer",
        expires_in: 3240,
        scope: "openid fhirUser",
        state: "abc123",
        patient: "erXuFYUfucBZaryVksYEcMg3",
      },
      idToken: {
        iss: "https://fhir.epic.com/interconnect-fhir-oauth/oauth2",
        sub: "eNvjh4A.M8hG3NQxHAVzo7A3",
        fhirUser:
          "https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4/Patient/erXuFYUfucBZaryVksYEcMg3",
      },
      expect: { patient: "erXuFYUfucBZaryVksYEcMg3" },
    },
    profile: { expected: { id: "eNvjh4A.M8hG3NQxHAVzo7A3" } },
  },
];
