// ClassLink: the provider's documented behaviour.
import { classlink } from "../../classlink.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: classlink,
    authorize: {
      url: "https://launchpad.classlink.com/oauth2/v2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://launchpad.classlink.com/oauth2/v2/token",
      auth: "post",
      answer: {
        access_token: "c1447347559609a1421b77d9ae8a0183e3b576680e246a",
        token_type: "Bearer",
        response_type: "code",
      },
      // The answer carries an ID token even without the openid scope.
      idToken: { iss: "https://launchpad.classlink.com", sub: "8708718", name: "Demo User" },
      expect: { access_token: "c1447347559609a1421b77d9ae8a0183e3b576680e246a" },
    },
    profile: {
      url: "https://nodeapi.classlink.com/v2/my/info",
      answer: {
        UserId: 8708718,
        TenantId: 1009,
        LoginId: "demoUser",
        FirstName: "Demo",
        LastName: "User",
        DisplayName: "Demo User",
        Email: "demo.user@example.org",
        ImagePath: "https://filesapi.classlink.com/avatar/8708718.png",
        Tenant: "Tenant Name",
        Building: "example.org",
        Role: "Teacher",
        SourcedId: "T-1002",
      },
      expected: {
        id: 8708718,
        name: "Demo User",
        email: "demo.user@example.org",
        avatarUrl: "https://filesapi.classlink.com/avatar/8708718.png",
      },
    },
  },
];
