// Webex: the provider's documented behaviour.
import { webex } from "../../webex.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: webex,
    authorize: {
      url: "https://webexapis.com/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "spark:people_read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://webexapis.com/v1/access_token",
      auth: "post",
      // The documented answer names no token type.
      answer: {
        access_token: "ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVjNjE0MGU1OGZmZWNmZDEwN2ItYTU3",
        expires_in: 1209600,
        refresh_token: "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTEyMzQ1Njc4",
        refresh_token_expires_in: 7776000,
      },
      expect: {
        refresh_token: "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTEyMzQ1Njc4",
        refresh_token_expires_in: 7776000,
        token_type: "bearer",
      },
    },
    profile: {
      url: "https://webexapis.com/v1/people/me",
      answer: {
        id: "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY",
        emails: ["john.andersen@example.com"],
        phoneNumbers: [{ type: "work", value: "+1 408 526 7209", primary: true }],
        displayName: "John Andersen",
        nickName: "John",
        firstName: "John",
        lastName: "Andersen",
        avatar:
          "https://1efa7a94ed21783e352-c62266528714497a17239ececf39e9e2.ssl.cf1.rackcdn.com/V1~54c844c89e678e5a7b16a306bc2897b9~wx29yGtlTpilEFlYzqPKag==~1600",
        orgId: "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE",
        created: "2015-10-18T14:26:16.000Z",
        status: "active",
        type: "person",
      },
      expected: {
        id: "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY",
        name: "John Andersen",
        email: "john.andersen@example.com",
        avatarUrl:
          "https://1efa7a94ed21783e352-c62266528714497a17239ececf39e9e2.ssl.cf1.rackcdn.com/V1~54c844c89e678e5a7b16a306bc2897b9~wx29yGtlTpilEFlYzqPKag==~1600",
      },
    },
  },
];
