// Microsoft Entra ID, one of Flask-Dance's presets: the provider's documented behaviour.
import { azure } from "../../azure.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: azure,
    discovery: {
      url: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
      document: {
        issuer: "https://login.microsoftonline.com/{tenantid}/v2.0",
        authorization_endpoint: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        token_endpoint: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        userinfo_endpoint: "https://graph.microsoft.com/oidc/userinfo",
        jwks_uri: "https://login.microsoftonline.com/common/discovery/v2.0/keys",
        response_modes_supported: ["query", "fragment", "form_post"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["plain", "S256"],
      },
    },
    authorize: {
      url: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile User.Read" },
      pkce: true,
      nonce: true,
    },
    variants: [
      { options: { prompt: "select_account" }, params: { prompt: "select_account" } },
      { options: { domainHint: "contoso.com" }, params: { domain_hint: "contoso.com" } },
      { options: { loginHint: "ada@contoso.com" }, params: { login_hint: "ada@contoso.com" } },
      { options: { offline: true }, params: { scope: "openid email profile User.Read offline_access" } },
    ],
    token: {
      url: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
      auth: "post",
      answer: {
        access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6Ik5HVEZ2ZEstZnl0aEV1Q",
        token_type: "Bearer",
        expires_in: 3599,
        scope: "openid email profile https://graph.microsoft.com/User.Read",
        refresh_token: "AwABAAAAvPM1KaPlrEqdFSBzjqfTGAMxZGUTdM0t4B4",
      },
      // A multi-tenant login: the issuer is the user's own tenant, named by `tid`.
      idToken: {
        iss: "https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0",
        tid: "9188040d-6c67-4c5b-b112-36a304b66dad",
        sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
        oid: "00000000-0000-0000-66f3-3332eca7ea81",
        name: "Abe Lincoln",
        preferred_username: "AbeLi@microsoft.com",
        email: "AbeLi@microsoft.com",
      },
      expect: { refresh_token: "AwABAAAAvPM1KaPlrEqdFSBzjqfTGAMxZGUTdM0t4B4" },
    },
    profile: {
      expected: {
        id: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
        name: "Abe Lincoln",
        email: "AbeLi@microsoft.com",
      },
    },
  },
];
