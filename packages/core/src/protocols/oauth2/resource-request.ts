// An API request with the user's OAuth 2 token: a bearer header or query parameter, or a DPoP proof (RFC 9449).
import * as oauth from "oauth4webapi";
import { DanceError } from "../../errors.js";
import type { Token } from "../../token.js";
import { isDPoPBound } from "./dpop.js";
import type { OAuth2Grants } from "./oauth2-grants.js";
import type { OAuth2Options } from "./oauth2-options.js";

/**
 * Sends `request` with the token. A DPoP-bound token goes with a fresh proof (`ath` included) under the `DPoP`
 * scheme, retried once when the server asks for a nonce; it is never sent as a bearer token, so one whose key
 * this app cannot open is refused here.
 */
export async function sendWithToken(
  oauth2: OAuth2Grants,
  request: Request,
  token: Token,
  send: (request: Request) => Promise<Response>,
): Promise<Response> {
  if (!isDPoPBound(token)) return send(withBearer(oauth2.options, request, token));
  const key = await oauth2.dpopKeys.of(token, await oauth2.configuration());
  if (!key) {
    throw new DanceError(
      "not_authorized",
      `${oauth2.name}'s token is bound to a DPoP key this app cannot open; it is never sent as a bearer token`,
      { provider: oauth2.name, step: "api" },
    );
  }
  const { apiClientIdHeader, clientId } = oauth2.options;
  if (apiClientIdHeader && clientId) request.headers.set(apiClientIdHeader, clientId);
  const url = new URL(request.url);
  // Read once, so the nonce retry can send the same bytes again.
  const body = request.body ? await request.arrayBuffer() : null;
  const options: oauth.ProtectedResourceRequestOptions = {
    DPoP: key.handle,
    signal: request.signal,
    [oauth.allowInsecureRequests]: url.protocol === "http:",
    [oauth.customFetch]: (href, init) => send(new Request(href, init as RequestInit)),
  };
  const call = () =>
    oauth.protectedResourceRequest(
      token.access_token as string,
      request.method,
      url,
      request.headers,
      body,
      options,
    );
  try {
    return await call().catch((error: unknown) => {
      if (oauth.isDPoPNonceError(error)) return call();
      throw error;
    });
  } catch (error) {
    // Any other challenge (an expired token's 401) is the API's answer, for the refresh below and for ky.
    if (error instanceof oauth.WWWAuthenticateChallengeError) return error.response;
    throw error;
  }
}

/**
 * The request with a bearer token: an Authorization header (`bearer` and a missing type both mean "Bearer";
 * `apiAuthScheme` overrides) or the `apiTokenParam` query parameter, plus `apiClientIdHeader`.
 */
function withBearer(options: Readonly<OAuth2Options>, request: Request, token: Token): Request {
  const { apiAuthScheme, apiTokenParam, apiClientIdHeader, clientId } = options;
  if (apiClientIdHeader && clientId) request.headers.set(apiClientIdHeader, clientId);
  if (apiTokenParam) {
    const url = new URL(request.url);
    url.searchParams.set(apiTokenParam, token.access_token as string);
    return new Request(url, request);
  }
  const type = token.token_type;
  const scheme = apiAuthScheme ?? (!type || type.toLowerCase() === "bearer" ? "Bearer" : type);
  request.headers.set("Authorization", `${scheme} ${token.access_token}`);
  return request;
}
