// Campaign Monitor: the provider's documented behaviour.
import { campaignmonitor } from "../../campaignmonitor.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: campaignmonitor,
    options: { scope: ["ViewReports", "ManageLists"] },
    authorize: {
      url: "https://api.createsend.com/oauth",
      params: {
        type: "web_server",
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "ViewReports,ManageLists",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.createsend.com/oauth/token",
      auth: "post",
      // No token type.
      answer: { access_token: "SlAV32hkKG", expires_in: 1209600, refresh_token: "tGzv3JOkF0XG5Qx2TlKWIA" },
      expect: { refresh_token: "tGzv3JOkF0XG5Qx2TlKWIA", token_type: "bearer" },
    },
    profile: {
      url: "https://api.createsend.com/api/v3.3/primarycontact.json",
      answer: { EmailAddress: "sally@sparrow.com" },
      expected: { id: "sally@sparrow.com", email: "sally@sparrow.com" },
    },
  },
];
