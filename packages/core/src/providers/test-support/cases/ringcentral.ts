// RingCentral: the provider's documented behaviour.
import { ringcentral } from "../../ringcentral.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: ringcentral,
    authorize: {
      url: "https://platform.ringcentral.com/restapi/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://platform.ringcentral.com/restapi/oauth/token",
      auth: "basic",
      answer: {
        access_token: "U1BCMDFUMDRKV1MwMXxzLFSvXdw5PHMsVLEn_MrtcyxUsw",
        token_type: "bearer",
        expires_in: 7199,
        refresh_token: "U1BCMDFUMDRKV1MwMXxzLFL4ec6A0XMsUv9wLriecyxS_w",
        refresh_token_expires_in: 604799,
        scope: "AccountInfo CallLog ExtensionInfo Messages SMS",
        owner_id: "256440016",
      },
      expect: { owner_id: "256440016", refresh_token_expires_in: 604799 },
    },
    profile: {
      url: "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~",
      answer: {
        uri: "https://platform.ringcentral.com/restapi/v1.0/account/256440016/extension/256440016",
        id: 256440016,
        extensionNumber: "101",
        contact: {
          firstName: "John",
          lastName: "Smith",
          company: "RingCentral",
          email: "john.smith@example.com",
          businessPhone: "+16505551234",
        },
        name: "John Smith",
        type: "User",
        status: "Enabled",
      },
      expected: { id: 256440016, name: "John Smith", email: "john.smith@example.com" },
    },
  },
];
