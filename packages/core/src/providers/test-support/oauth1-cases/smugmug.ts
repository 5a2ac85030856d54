// SmugMug over OAuth 1.0a: the provider's documented behaviour.
import { smugmug } from "../../smugmug.js";
import type { OAuth1PresetCase } from "../oauth1-simulator.js";

const OAUTH = "https://api.smugmug.com/services/oauth/1.0a";

export const CASES: OAuth1PresetCase[] = [
  {
    preset: smugmug,
    options: { access: "Full", permissions: "Modify" },
    signatureMethod: "HMAC-SHA1",
    requestToken: { url: `${OAUTH}/getRequestToken` },
    authorize: { url: `${OAUTH}/authorize`, params: { Access: "Full", Permissions: "Modify" } },
    accessToken: { url: `${OAUTH}/getAccessToken`, answer: {}, expect: {} },
    profile: {
      url: "https://api.smugmug.com/api/v2!authuser",
      answer: {
        Response: { User: { NickName: "cmac", Name: "Chris MacAskill", WebUri: "https://cmac.smugmug.com" } },
        Code: 200,
        Message: "Ok",
      },
      expected: { id: "cmac", name: "Chris MacAskill" },
    },
  },
];
