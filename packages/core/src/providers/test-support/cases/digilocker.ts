// DigiLocker: the provider's documented behaviour.
import { digilocker } from "../../digilocker.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: digilocker,
    authorize: {
      url: "https://api.digitallocker.gov.in/public/oauth2/1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.digitallocker.gov.in/public/oauth2/1/token",
      auth: "post",
      answer: {
        access_token: "bc125c212a4b03a9a188a858be5a163f379e878a",
        expires_in: 3600,
        token_type: "Bearer",
        scope: "files.issueddocs userdetails",
        refresh_token: "a47ab18c593703e4f83a274694db7422a8cfcb8f",
        digilockerid: "123e4567-e89b-12d3-a456-426655440000",
        name: "Sunil Kumar",
        dob: "31121970",
        gender: "M",
        eaadhaar: "Y",
      },
      expect: { refresh_token: "a47ab18c593703e4f83a274694db7422a8cfcb8f", name: "Sunil Kumar" },
    },
    profile: {
      url: "https://api.digitallocker.gov.in/public/oauth2/1/user",
      answer: {
        digilockerid: "123e4567-e89b-12d3-a456-426655440000",
        name: "Sunil Kumar",
        dob: "31121970",
        gender: "M",
        eaadhaar: "Y",
      },
      expected: { id: "123e4567-e89b-12d3-a456-426655440000", name: "Sunil Kumar" },
    },
  },
];
