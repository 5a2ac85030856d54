// The OAuth 1.0a dance (RFC 5849): request token, authorize, access token signed with the request-token secret.

import { DanceError } from "../../errors.js";
import type { DanceFlow } from "../protocol.js";
import type { OAuth1Client } from "./oauth1-client.js";

export const oauth1Flow: DanceFlow<OAuth1Client> = {
  async start(oauth, callbackUrl) {
    const { options } = oauth;
    const answer = await oauth.postForTokens(
      options.requestTokenUrl as string,
      { oauth_callback: callbackUrl },
      { ...options.requestTokenParams },
      undefined,
      "request_token_failed",
      "login",
    );
    // Without this confirmation the provider ignored our callback (OAuth 1.0, vulnerable to session fixation).
    if (answer.oauth_callback_confirmed !== "true") {
      throw new DanceError(
        "request_token_failed",
        `${oauth.name} did not confirm the callback (oauth_callback_confirmed)`,
        {
          provider: oauth.name,
          step: "login",
        },
      );
    }
    const url = new URL(options.authorizationUrl as string);
    url.searchParams.set("oauth_token", answer.oauth_token as string);
    for (const [name, value] of Object.entries(options.authorizationParams ?? {}))
      url.searchParams.set(name, value);
    return {
      url,
      key: answer.oauth_token as string,
      secrets: { tokenSecret: answer.oauth_token_secret as string },
    };
  },

  // A refusal echoes the request token as `denied=` (Twitter, X): the pending dance is consumed all the same.
  callbackKey: (params) => params.get("oauth_token") ?? params.get("denied"),

  // X says `denied=<token>`; Jira (Atlassian's OAuth 1 servers) says `oauth_verifier=denied`.
  async refusal(_oauth, params) {
    if (!params.has("denied") && params.get("oauth_verifier") !== "denied") return undefined;
    return { error: "access_denied", description: "The user denied the request" };
  },

  async finish(oauth, pending, params) {
    const verifier = params.get("oauth_verifier");
    if (!verifier) {
      throw new DanceError("missing_code", `${oauth.name} sent no oauth_verifier`, {
        provider: oauth.name,
        step: "callback",
      });
    }
    // Signed with the request-token secret, as RFC 5849 §2.3 requires.
    const token = { key: pending.key, secret: pending.secrets.tokenSecret ?? "" };
    return oauth.postForTokens(
      oauth.options.accessTokenUrl as string,
      { oauth_verifier: verifier },
      {},
      token,
      "token_exchange_failed",
      "exchange",
    );
  },
};
