// Supabase Auth: the provider's documented behaviour.
import { supabase } from "../../supabase.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const PROJECT = "https://abcdefghijklmnop.supabase.co";

export const CASES: PresetCase[] = [
  {
    preset: supabase,
    options: { projectUrl: PROJECT },
    authorize: {
      url: `${PROJECT}/auth/v1/oauth/authorize`,
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: `${PROJECT}/auth/v1/oauth/token`,
      auth: "post",
      answer: {
        access_token: "eyJhbGciOiJFUzI1NiJ9.sb",
        token_type: "bearer",
        expires_in: 3600,
        refresh_token: "MXffhkdk2jf8",
        scope: "openid email profile",
      },
      idToken: {
        iss: `${PROJECT}/auth/v1`,
        sub: "6b5c1a64-1b9f-4a8e-9f0e-2b7c3d4e5f60",
        email: "user@example.com",
        email_verified: true,
        phone_number: "+1234567890",
        phone_number_verified: false,
        name: "John Doe",
        picture: "https://example.com/avatar.jpg",
      },
      expect: { refresh_token: "MXffhkdk2jf8" },
    },
    profile: {
      expected: {
        id: "6b5c1a64-1b9f-4a8e-9f0e-2b7c3d4e5f60",
        name: "John Doe",
        email: "user@example.com",
        emailVerified: true,
        avatarUrl: "https://example.com/avatar.jpg",
      },
    },
  },
];
