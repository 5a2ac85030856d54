// Salesforce, one of Flask-Dance's presets: the provider's documented behaviour.
import { salesforce } from "../../salesforce.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: salesforce,
    authorize: {
      url: "https://login.salesforce.com/services/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { repromptConsent: true }, params: { prompt: "consent" } }],
    token: {
      url: "https://login.salesforce.com/services/oauth2/token",
      auth: "post",
      answer: {
        access_token:
          "00DB0000000TfcR!AQQAQFhoK8vTMg_rKA.esrJ2bCs.OOIjJgl.9Cx6O7KqjZmHMLOyVb.U61BU9tm4xRusf7d3fD1P9oefzqS6i9sJMPWj48IK",
        signature: "d/SxeYBxH0GSVko0HMgcUxuZy0PA2cDDz1u7g7JtDHw=",
        scope: "web openid",
        instance_url: "https://yourInstance.salesforce.com",
        id: "https://login.salesforce.com/id/00DB0000000TfcRMAS/005B0000005Bk90IAC",
        token_type: "Bearer",
        issued_at: "1558553873237",
      },
      expect: { instance_url: "https://yourInstance.salesforce.com" },
    },
    profile: {
      url: "https://login.salesforce.com/services/oauth2/userinfo",
      answer: {
        sub: "https://login.salesforce.com/id/00DB0000000TfcRMAS/005B0000005Bk90IAC",
        user_id: "005B0000005Bk90IAC",
        organization_id: "00DB0000000TfcRMAS",
        preferred_username: "admin@example.com",
        name: "Admin User",
        email: "admin@example.com",
        email_verified: true,
        picture: "https://yourInstance.file.force.com/profilephoto/005/F",
      },
      expected: {
        id: "005B0000005Bk90IAC",
        name: "Admin User",
        email: "admin@example.com",
        emailVerified: true,
        avatarUrl: "https://yourInstance.file.force.com/profilephoto/005/F",
      },
    },
  },
];
