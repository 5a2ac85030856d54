// The fake's authorization server: the authorization page, the token endpoint (code and refresh grants), revocation.
import type { Token } from "../token.js";
import { idTokenClaims } from "./fake-id-token.js";
import type { FakeRequest } from "./fake-provider-types.js";
import type { FakeState } from "./fake-state.js";
import { clientOf, formOf, oauthError, pkceMatches, randomToken } from "./fake-wire.js";

/** What the user chooses on the authorization page: who logs in, or a refusal. */
export interface AuthorizeChoice {
  user?: string;
  deny?: boolean;
}

/**
 * Plays the user's part on the authorization page and returns where the browser is sent back to, with a code or
 * an error, the state and `iss`.
 *
 * @throws Error when the URL is not the fake's authorization endpoint, or has no redirect_uri or a client it refuses.
 */
export function authorize(
  state: FakeState,
  authorizationUrl: string | URL,
  choice: AuthorizeChoice = {},
): string {
  const { options, origin, endpoints } = state;
  const url = new URL(authorizationUrl);
  if (url.origin + url.pathname !== endpoints.authorizationUrl) {
    throw new Error(`fakeProvider: ${url.origin}${url.pathname} is not this fake's authorization endpoint`);
  }
  const params = url.searchParams;
  const redirectUri = params.get("redirect_uri");
  const clientId = params.get("client_id");
  if (!redirectUri || !URL.canParse(redirectUri))
    throw new Error("fakeProvider: the request has no redirect_uri");
  if (!clientId || (options.clientId !== undefined && clientId !== options.clientId)) {
    throw new Error(`fakeProvider: unknown client_id "${clientId}"`);
  }
  state.calls.authorize++;
  const back = new URL(redirectUri);
  const returnedState = params.get("state");
  if (returnedState !== null) back.searchParams.set("state", returnedState);
  if (params.get("response_type") !== "code") {
    back.searchParams.set("error", "unsupported_response_type");
  } else if (choice.deny) {
    back.searchParams.set("error", "access_denied");
    back.searchParams.set("error_description", "The user denied the request");
  } else {
    const code = randomToken("code");
    state.codes.set(code, {
      user: state.userOf(choice.user),
      clientId,
      scope: params.get("scope") ?? "",
      redirectUri,
      challenge: params.get("code_challenge") ?? undefined,
      challengeMethod: params.get("code_challenge_method") ?? "plain",
      nonce: params.get("nonce") ?? undefined,
    });
    back.searchParams.set("code", code);
  }
  back.searchParams.set("iss", origin);
  return back.href;
}

/** The token endpoint: the client authenticated, then the grant, each code once (RFC 6749 §4.1.2, §10.5). */
export async function token(state: FakeState, request: Request, seen: FakeRequest): Promise<Response> {
  const { options, calls } = state;
  const hooked = await options.onTokenRequest?.(seen);
  if (hooked) {
    const grantType = seen.form.get("grant_type");
    if (grantType === "authorization_code") calls.token++;
    else if (grantType === "refresh_token") calls.refresh++;
    return hooked;
  }
  const body = await formOf(request);
  const client = clientOf(request, body);
  if (!client.id) return oauthError(401, "invalid_client", "No client_id was sent");
  if (options.clientId !== undefined && client.id !== options.clientId) {
    return oauthError(401, "invalid_client", "Unknown client");
  }
  if (options.clientSecret !== undefined && client.secret !== options.clientSecret) {
    return oauthError(401, "invalid_client", "Wrong client secret");
  }
  const grantType = body.get("grant_type");
  if (grantType === "authorization_code") {
    calls.token++;
    return codeGrant(state, body, client.id);
  }
  if (grantType === "refresh_token") {
    calls.refresh++;
    return refreshGrant(state, body, client.id);
  }
  return oauthError(400, "unsupported_grant_type", `grant_type ${grantType} is not supported`);
}

async function codeGrant(state: FakeState, body: URLSearchParams, clientId: string): Promise<Response> {
  const presented = body.get("code") ?? "";
  const code = state.codes.get(presented);
  // Single use: whatever the answer, a code the endpoint has read is spent.
  state.codes.delete(presented);
  state.presentedCodes.push(presented);
  if (!code || code.clientId !== clientId) return oauthError(400, "invalid_grant", "Unknown or used code");
  if (body.get("redirect_uri") !== code.redirectUri) {
    return oauthError(400, "invalid_grant", "redirect_uri differs from the authorization request");
  }
  if (!(await pkceMatches(code, body.get("code_verifier")))) {
    return oauthError(400, "invalid_grant", "PKCE verification failed");
  }
  const answer = state.issue(code, true);
  if (code.scope.split(" ").includes("openid")) {
    answer.id_token = await state.signer.sign(idTokenClaims(state.origin, code, clientId));
  }
  state.redeemedCodes.push(presented);
  state.recordIssued("authorization_code", code.user, answer);
  return tokenAnswer(answer);
}

function refreshGrant(state: FakeState, body: URLSearchParams, clientId: string): Response {
  const refreshToken = body.get("refresh_token") ?? "";
  const grant = state.refreshTokens.get(refreshToken);
  // A token from issueToken() without a clientId option belongs to whichever client refreshes it.
  if (!grant || (grant.clientId !== "" && grant.clientId !== clientId)) {
    return oauthError(400, "invalid_grant", "Unknown refresh token");
  }
  const rotate = state.options.rotateRefreshTokens === true;
  // Without rotation the refresh token stays valid and is not sent again, as many providers do.
  if (rotate) state.refreshTokens.delete(refreshToken);
  const answer = state.issue(grant, rotate);
  state.recordIssued("refresh_token", grant.user, answer);
  return tokenAnswer(answer);
}

/** Revocation (RFC 7009): forgets the token, access or refresh, and answers 200 whether it knew it or not. */
export async function revoke(state: FakeState, request: Request): Promise<Response> {
  state.calls.revoke++;
  const value = (await formOf(request)).get("token") ?? "";
  state.accessTokens.delete(value);
  state.refreshTokens.delete(value);
  return new Response(null, { status: 200 });
}

function tokenAnswer(answer: Token): Response {
  return Response.json(answer, { headers: { "cache-control": "no-store" } });
}
