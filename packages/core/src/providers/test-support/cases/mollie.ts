// Mollie: the provider's documented behaviour.
import { mollie } from "../../mollie.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mollie,
    options: { scope: ["organizations.read", "payments.read"] },
    authorize: {
      url: "https://my.mollie.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "organizations.read payments.read" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { approvalPrompt: "force" }, params: { approval_prompt: "force" } }],
    token: {
      url: "https://api.mollie.com/oauth2/tokens",
      auth: "basic",
      answer: {
        access_token: "access_46EUJ6x8jFJZZeAvhNH4JVey6qVpqR",
        refresh_token: "refresh_FS4xc3BgDNxdmUK5JW6rzRm5CTfcQV",
        expires_in: 3600,
        token_type: "bearer",
        scope: "organizations.read payments.read",
      },
      expect: { refresh_token: "refresh_FS4xc3BgDNxdmUK5JW6rzRm5CTfcQV" },
    },
    profile: {
      url: "https://api.mollie.com/v2/organizations/me",
      answer: {
        resource: "organization",
        id: "org_12345678",
        name: "Mollie B.V.",
        email: "info@mollie.com",
        locale: "nl_NL",
        address: {
          streetAndNumber: "Keizersgracht 126",
          postalCode: "1015 CW",
          city: "Amsterdam",
          country: "NL",
        },
        registrationNumber: "30204462",
        vatNumber: "NL815839091B01",
      },
      expected: { id: "org_12345678", name: "Mollie B.V.", email: "info@mollie.com" },
    },
  },
];
