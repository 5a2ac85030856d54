// Flickr over OAuth 1.0a: the provider's documented behaviour.
import { flickr } from "../../flickr.js";
import type { OAuth1PresetCase } from "../oauth1-simulator.js";

const ANSWER = { fullname: "Jamal Fanaian", user_nsid: "21207597@N07", username: "jamalfanaian" };

export const CASES: OAuth1PresetCase[] = [
  {
    preset: flickr,
    signatureMethod: "HMAC-SHA1",
    requestToken: { url: "https://www.flickr.com/services/oauth/request_token" },
    authorize: { url: "https://www.flickr.com/services/oauth/authorize", params: { perms: "read" } },
    accessToken: {
      url: "https://www.flickr.com/services/oauth/access_token",
      answer: ANSWER,
      expect: ANSWER,
    },
  },
  {
    title: "Flickr, with write permission",
    preset: flickr,
    options: { perms: "write" },
    signatureMethod: "HMAC-SHA1",
    requestToken: { url: "https://www.flickr.com/services/oauth/request_token" },
    authorize: { url: "https://www.flickr.com/services/oauth/authorize", params: { perms: "write" } },
    accessToken: {
      url: "https://www.flickr.com/services/oauth/access_token",
      answer: ANSWER,
      expect: ANSWER,
    },
  },
];
