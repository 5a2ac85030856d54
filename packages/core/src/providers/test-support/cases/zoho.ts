// Zoho, one of Flask-Dance's presets: the provider's documented behaviour.
import { zoho } from "../../zoho.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: zoho,
    authorize: {
      url: "https://accounts.zoho.com/oauth/v2/auth",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "AaaServer.profile.Read",
        access_type: "online",
      },
      pkce: false,
      nonce: false,
    },
    variants: [
      { options: { offline: true }, params: { access_type: "offline" } },
      { options: { repromptConsent: true }, params: { prompt: "consent" } },
    ],
    token: {
      url: "https://accounts.zoho.com/oauth/v2/token",
      auth: "post",
      answer: {
        access_token: "1000.2deaf8d0c268e3c85daa2a013a843b10.703adef2bb337b 8ca36cfc5d7b83cf24",
        refresh_token: "1000.18e983526f0ca8575ea9c53b0cd5bb58.1bd83a6f2e22c3a7e1309d96ae439cc1",
        api_domain: "https://www.zohoapis.com",
        token_type: "Bearer",
        expires_in: 3600,
      },
      expect: { api_domain: "https://www.zohoapis.com" },
    },
    profile: {
      url: "https://accounts.zoho.com/oauth/user/info",
      auth: {
        header: "authorization",
        value: "Zoho-oauthtoken 1000.2deaf8d0c268e3c85daa2a013a843b10.703adef2bb337b 8ca36cfc5d7b83cf24",
      },
      answer: {
        First_Name: "Patricia",
        Email: "patricia@zylker.com",
        Last_Name: "Boyle",
        Display_Name: "Patricia Boyle",
        ZUID: 12345678,
      },
      expected: { id: 12345678, name: "Patricia Boyle", email: "patricia@zylker.com" },
    },
  },
];
