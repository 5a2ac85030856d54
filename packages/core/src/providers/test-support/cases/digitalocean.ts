// DigitalOcean, one of Flask-Dance's presets: the provider's documented behaviour.
import { digitalocean } from "../../digitalocean.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: digitalocean,
    authorize: {
      url: "https://cloud.digitalocean.com/v1/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://cloud.digitalocean.com/v1/oauth/token",
      auth: "post",
      answer: {
        access_token: "547cac21118ae7",
        token_type: "bearer",
        expires_in: 2592000,
        refresh_token: "00a3aae641658d",
        scope: "read write",
        info: {
          name: "Sammy the Shark",
          email: "sammy@digitalocean.com",
          uuid: "e028b1b918853eca7fba208a9d7e9d29a6e93c57",
        },
      },
      expect: { access_token: "547cac21118ae7", info: { name: "Sammy the Shark" } },
    },
    profile: {
      url: "https://api.digitalocean.com/v2/account",
      answer: {
        account: {
          droplet_limit: 25,
          floating_ip_limit: 5,
          email: "sammy@digitalocean.com",
          name: "Sammy the Shark",
          uuid: "b6fr89dbf6d9156cace5f3c78dc9851d957381ef",
          email_verified: true,
          status: "active",
        },
      },
      expected: {
        id: "b6fr89dbf6d9156cace5f3c78dc9851d957381ef",
        name: "Sammy the Shark",
        email: "sammy@digitalocean.com",
        emailVerified: true,
      },
    },
  },
];
