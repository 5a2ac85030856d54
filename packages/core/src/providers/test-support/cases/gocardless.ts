// GoCardless: the provider's documented behaviour.
import { gocardless } from "../../gocardless.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: gocardless,
    authorize: {
      url: "https://connect.gocardless.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_write" },
      pkce: false,
      nonce: false,
    },
    variants: [
      { options: { initialView: "signup" }, params: { initial_view: "signup" } },
      { options: { sandbox: true }, params: {} },
    ],
    token: {
      url: "https://connect.gocardless.com/oauth/access_token",
      auth: "post",
      answer: {
        access_token: "e72e16c7e42f292c6912e7710c838347ae178b4a",
        scope: "read_write",
        token_type: "bearer",
        email: "accounts@acme.com",
        organisation_id: "OR123",
      },
      expect: { organisation_id: "OR123", email: "accounts@acme.com" },
    },
    profile: { expected: { id: "OR123", email: "accounts@acme.com" } },
  },
];
