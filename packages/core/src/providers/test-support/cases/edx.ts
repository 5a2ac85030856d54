// Open edX: the provider's documented behaviour.
import { edx } from "../../edx.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: edx,
    options: { domain: "courses.example.org" },
    authorize: {
      url: "https://courses.example.org/oauth2/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read profile email" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://courses.example.org/oauth2/access_token/",
      auth: "post",
      answer: {
        access_token: "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA",
        expires_in: 36000,
        token_type: "Bearer",
        scope: "read profile email",
        refresh_token: "cmVmcmVzaDEyMzQ1Njc4OTA",
      },
      expect: { refresh_token: "cmVmcmVzaDEyMzQ1Njc4OTA" },
    },
    profile: {
      url: "https://courses.example.org/api/user/v1/me",
      answer: { username: "staff" },
      expected: { id: "staff", name: "staff" },
    },
  },
];
