// Jira Server / Data Center over OAuth 1.0a (application links, RSA-SHA1): the documented behaviour.
import { jira } from "../../jira.js";
import type { OAuth1PresetCase } from "../oauth1-simulator.js";

export const CASES: OAuth1PresetCase[] = [
  {
    preset: jira,
    options: { baseUrl: "https://jira.example.com" },
    signatureMethod: "RSA-SHA1",
    requestToken: { url: "https://jira.example.com/plugins/servlet/oauth/request-token" },
    authorize: { url: "https://jira.example.com/plugins/servlet/oauth/authorize", params: {} },
    accessToken: {
      url: "https://jira.example.com/plugins/servlet/oauth/access-token",
      answer: { oauth_expires_in: "157680000", oauth_session_handle: "handle" },
      expect: { oauth_expires_in: "157680000" },
    },
  },
];
