// Intuit: the provider's documented behaviour.
import { intuit } from "../../intuit.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: intuit,
    authorize: {
      url: "https://appcenter.intuit.com/connect/oauth2",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "com.intuit.quickbooks.accounting openid profile email",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
      auth: "basic",
      // The company id comes on the callback only.
      callback: { realmId: "123146090856284" },
      answer: {
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "Q311488394272qbajGfLBwGmVsbF6VoNpUKaIO5oL49aXLVJUB",
        x_refresh_token_expires_in: 15551893,
        access_token: "eJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0",
      },
      idToken: {
        iss: "https://oauth.platform.intuit.com/op/v1",
        sub: "1182d6ec-2a1f-4aa3-af3e-92e8a7a6c4f0",
        realmid: "123146090856284",
      },
      expect: { realmId: "123146090856284", x_refresh_token_expires_in: 15551893 },
    },
    profile: {
      url: "https://accounts.platform.intuit.com/v1/openid_connect/userinfo",
      answer: {
        sub: "1182d6ec-2a1f-4aa3-af3e-92e8a7a6c4f0",
        email: "john@doe.com",
        emailVerified: true,
        givenName: "John",
        familyName: "Doe",
      },
      expected: {
        id: "1182d6ec-2a1f-4aa3-af3e-92e8a7a6c4f0",
        name: "John Doe",
        email: "john@doe.com",
        emailVerified: true,
      },
    },
  },
];
