// Vercel: the provider's documented behaviour.
import { vercel } from "../../vercel.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: vercel,
    authorize: {
      url: "https://vercel.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://api.vercel.com/login/oauth/token",
      auth: "post",
      answer: {
        access_token: "vca_at",
        token_type: "Bearer",
        expires_in: 3600,
        scope: "openid email profile",
      },
      idToken: {
        iss: "https://vercel.com",
        sub: "8kxLwPDPpQvJzDWeXbTzwz1r",
        name: "Guillermo",
        preferred_username: "rauchg",
        email: "g@example.com",
        email_verified: true,
        picture: "https://vercel.com/api/www/avatar/8kxLwPDPpQvJzDWeXbTzwz1r",
      },
      expect: { access_token: "vca_at" },
    },
    profile: {
      expected: {
        id: "8kxLwPDPpQvJzDWeXbTzwz1r",
        name: "Guillermo",
        email: "g@example.com",
        emailVerified: true,
        avatarUrl: "https://vercel.com/api/www/avatar/8kxLwPDPpQvJzDWeXbTzwz1r",
      },
    },
  },
];
