// ID.me: the provider's documented behaviour.
import { idme } from "../../idme.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const ATTRIBUTES = {
  attributes: [
    { handle: "fname", name: "First Name", value: "Jane" },
    { handle: "lname", name: "Last Name", value: "Doe" },
    { handle: "email", name: "Email", value: "janedoe@example.com" },
    { handle: "uuid", name: "Unique Identifier", value: "4e6a5d5f9c2b4e0f8a1b2c3d4e5f6a7b" },
  ],
  status: [{ group: "military", subgroups: ["Veteran"], verified: true }],
};

export const CASES: PresetCase[] = [
  {
    preset: idme,
    options: { policy: "military" },
    authorize: {
      url: "https://api.id.me/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "military" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.id.me/oauth/token",
      auth: "post",
      answer: {
        access_token: "d6b4f2b5b0f14a8e9d0d6c4b8a2e1f3c",
        token_type: "bearer",
        expires_in: 300,
        refresh_token: "a1b2c3d4e5f60718293a4b5c6d7e8f90",
        scope: "military",
      },
      expect: { refresh_token: "a1b2c3d4e5f60718293a4b5c6d7e8f90" },
    },
    profile: {
      url: "https://api.id.me/api/public/v3/attributes.json",
      answer: ATTRIBUTES,
      expected: { id: "4e6a5d5f9c2b4e0f8a1b2c3d4e5f6a7b", name: "Jane Doe", email: "janedoe@example.com" },
    },
  },
  {
    title: "ID.me (sandbox)",
    preset: idme,
    options: { policy: "student", sandbox: true },
    authorize: {
      url: "https://api.idmelabs.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "student" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.idmelabs.com/oauth/token",
      auth: "post",
      answer: { access_token: "sandbox-token", token_type: "bearer", expires_in: 300 },
      expect: { access_token: "sandbox-token" },
    },
    profile: {
      url: "https://api.idmelabs.com/api/public/v3/attributes.json",
      answer: ATTRIBUTES,
      expected: { id: "4e6a5d5f9c2b4e0f8a1b2c3d4e5f6a7b", name: "Jane Doe", email: "janedoe@example.com" },
    },
  },
];
