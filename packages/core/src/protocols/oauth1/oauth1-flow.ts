// The OAuth 1.0a dance (RFC 5849): request token, authorize, access token signed with the request-token secret.
import { DanceError, type DanceErrorCode, type DanceStep } from "../../errors.js";
import type { Token } from "../../token.js";
import type { CallbackRefusal, DanceInFlight, StartedDance } from "../protocol.js";
import type { OAuth1Options } from "./oauth1-options.js";

/** What the dance's steps ask of the provider's client: its options, and signed form POSTs to its endpoints. */
export interface OAuth1Calls {
  readonly name: string;
  readonly options: Readonly<OAuth1Options>;
  postForTokens(
    url: string,
    protocol: Record<string, string>,
    form: Record<string, string>,
    token: { key: string; secret: string } | undefined,
    code: DanceErrorCode,
    step: DanceStep,
  ): Promise<Record<string, string>>;
}

/** Gets a request token (its callback confirmed) and sends the browser to authorize it. */
export async function startDance(oauth: OAuth1Calls, callbackUrl: string): Promise<StartedDance> {
  const { options } = oauth;
  const answer = await oauth.postForTokens(
    options.requestTokenUrl,
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
      { provider: oauth.name, step: "login" },
    );
  }
  const url = new URL(options.authorizationUrl);
  url.searchParams.set("oauth_token", answer.oauth_token as string);
  for (const [name, value] of Object.entries(options.authorizationParams ?? {}))
    url.searchParams.set(name, value);
  return {
    url,
    key: answer.oauth_token as string,
    secrets: { tokenSecret: answer.oauth_token_secret as string },
  };
}

/** A refusal echoes the request token as `denied=` (Twitter, X): the pending dance is consumed all the same. */
export function callbackKey(params: URLSearchParams): string | null {
  return params.get("oauth_token") ?? params.get("denied");
}

/** X says `denied=<token>`; Jira (Atlassian's OAuth 1 servers) says `oauth_verifier=denied`. */
export function callbackRefusal(params: URLSearchParams): CallbackRefusal | undefined {
  if (!params.has("denied") && params.get("oauth_verifier") !== "denied") return undefined;
  return { error: "access_denied", description: "The user denied the request" };
}

/** Exchanges the verifier for the access token, signing with the request-token secret (RFC 5849 §2.3). */
export async function finishDance(
  oauth: OAuth1Calls,
  dance: DanceInFlight,
  params: URLSearchParams,
): Promise<Token> {
  const verifier = params.get("oauth_verifier");
  if (!verifier) {
    throw new DanceError("missing_code", `${oauth.name} sent no oauth_verifier`, {
      provider: oauth.name,
      step: "callback",
    });
  }
  const token = { key: dance.key, secret: dance.secrets.tokenSecret ?? "" };
  return oauth.postForTokens(
    oauth.options.accessTokenUrl,
    { oauth_verifier: verifier },
    {},
    token,
    "token_exchange_failed",
    "exchange",
  );
}
