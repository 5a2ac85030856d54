// Medplum: the provider's documented behaviour.
import { medplum } from "../../medplum.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: medplum,
    authorize: {
      url: "https://api.medplum.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://api.medplum.com/oauth2/token",
      auth: "basic",
      params: { client_id: CLIENT_ID },
      answer: {
        access_token: "eyJz9sdfsdfsdfsd",
        refresh_token: "dn43ud8uj32nk2je",
        token_type: "Bearer",
        expires_in: 3600,
      },
      idToken: { iss: "https://api.medplum.com/", sub: "248289761001" },
      expect: { refresh_token: "dn43ud8uj32nk2je" },
    },
    profile: {
      url: "https://api.medplum.com/oauth2/userinfo",
      answer: {
        sub: "248289761001",
        name: "Jane Doe",
        given_name: "Jane",
        family_name: "Doe",
        preferred_username: "j.doe",
        email: "janedoe@example.com",
      },
      expected: { id: "248289761001", name: "Jane Doe", email: "janedoe@example.com" },
    },
  },
  {
    title: "Medplum (self-hosted)",
    preset: medplum,
    options: { server: "https://medplum.example.org/" },
    authorize: {
      url: "https://medplum.example.org/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://medplum.example.org/oauth2/token",
      auth: "basic",
      params: { client_id: CLIENT_ID },
      answer: { access_token: "eyJz9sdfsdfsdfsd", token_type: "Bearer", expires_in: 3600 },
      idToken: { iss: "https://medplum.example.org/", sub: "248289761001" },
      expect: { access_token: "eyJz9sdfsdfsdfsd" },
    },
    profile: {
      url: "https://medplum.example.org/oauth2/userinfo",
      answer: { sub: "248289761001", name: "Jane Doe", email: "janedoe@example.com" },
      expected: { id: "248289761001", name: "Jane Doe", email: "janedoe@example.com" },
    },
  },
];
