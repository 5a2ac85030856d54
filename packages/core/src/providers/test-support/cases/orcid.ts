// ORCID, one of Flask-Dance's presets: the provider's documented behaviour.
import { orcid } from "../../orcid.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: orcid,
    authorize: {
      url: "https://orcid.org/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "/authenticate" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { sandbox: true }, params: {} }],
    token: {
      url: "https://orcid.org/oauth/token",
      auth: "post",
      answer: {
        access_token: "f5af9f51-07e6-4332-8f1a-c0c11c1e3728",
        token_type: "bearer",
        refresh_token: "f725f747-3a65-49f6-a231-3e8944ce464d",
        expires_in: 631138518,
        scope: "/authenticate",
        name: "Sofia Garcia",
        orcid: "0000-0001-2345-6789",
      },
      expect: { orcid: "0000-0001-2345-6789" },
    },
    profile: { expected: { id: "0000-0001-2345-6789", name: "Sofia Garcia" } },
  },
];
