// Etsy: the provider's documented behaviour.
import { etsy } from "../../etsy.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: etsy,
    options: { apiKey: `${CLIENT_ID}:shared-secret-789` },
    authorize: {
      url: "https://www.etsy.com/oauth/connect",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "email_r" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.etsy.com/v3/public/oauth/token",
      auth: "none",
      answer: {
        access_token:
          "12345678.O1zLuwveeKjpIqCQFfmR-PaMMpBmagH6DljRAkK9qt05OtRKiANJOyZlMx3WQ_o2FdComQGuoiAWy3dxyGI4Ke_76PR",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token:
          "12345678.JNGIJtvLmwfDMhlYoOJl8aLR1BWottyHC6yhNcET-eC7RogSR5e1GTIXGrgrelWZalvh3YvvyLfKYYqvymd-u37Sjtx",
      },
      expect: {
        refresh_token:
          "12345678.JNGIJtvLmwfDMhlYoOJl8aLR1BWottyHC6yhNcET-eC7RogSR5e1GTIXGrgrelWZalvh3YvvyLfKYYqvymd-u37Sjtx",
      },
    },
    profile: {
      url: "https://api.etsy.com/v3/application/users/me",
      headers: { "x-api-key": `${CLIENT_ID}:shared-secret-789` },
      answer: { user_id: 12345678, shop_id: 87654321 },
      expected: { id: 12345678 },
    },
  },
];
