// Discord, one of Flask-Dance's presets: the provider's documented behaviour.
import { discord } from "../../discord.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: discord,
    authorize: {
      url: "https://discord.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identify" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { prompt: "none" }, params: { prompt: "none" } }],
    token: {
      url: "https://discord.com/api/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "6qrZcUqja7812RVdnEKjpzOL4CvHBFG",
        token_type: "Bearer",
        expires_in: 604800,
        refresh_token: "D43f5y0ahjqew82jZ4NViEr2YafMKhue",
        scope: "identify",
      },
      expect: { access_token: "6qrZcUqja7812RVdnEKjpzOL4CvHBFG", scope: "identify" },
    },
    profile: {
      url: "https://discord.com/api/users/@me",
      answer: {
        id: "80351110224678912",
        username: "Nelly",
        discriminator: "1337",
        global_name: "Nelly",
        avatar: "8342729096ea3675442027381ff50dfe",
        verified: true,
        email: "nelly@discord.com",
      },
      expected: {
        id: "80351110224678912",
        name: "Nelly",
        email: "nelly@discord.com",
        emailVerified: true,
        avatarUrl:
          "https://cdn.discordapp.com/avatars/80351110224678912/8342729096ea3675442027381ff50dfe.png",
      },
    },
  },
];
