// `handle.api`: a ky instance that authenticates every request with the user's token, refreshing it as needed.
import ky, { type KyInstance, type Options as KyOptions } from "ky";
import { DanceError } from "../errors.js";
import type { ProtocolClient } from "../protocols/protocol.js";
import type { DanceTelemetry } from "../telemetry.js";
import type { TokenFreshness } from "./token-freshness.js";

export interface ApiClientScope {
  client(): ProtocolClient;
  freshness: TokenFreshness;
  /** The fetch API calls go out with (size-limited). */
  fetch: typeof fetch | undefined;
  /** Milliseconds before a call is abandoned. */
  timeout: number;
  /** Where calls are traced and timed. */
  telemetry: DanceTelemetry;
}

/**
 * The API client: ky on the provider's `baseUrl` with its `apiHeaders`. Authentication and the 401 refresh
 * happen below ky, in its fetch: no hook machinery, no response clones.
 */
export function createApiClient(scope: ApiClientScope): KyInstance {
  const { options } = scope.client();
  const kyOptions: KyOptions = {
    timeout: scope.timeout,
    fetch: (input, init) => tracedFetch(scope, input, init),
    // A missing token or a dead refresh token will not come back on a retry.
    retry: { shouldRetry: ({ error }) => (error instanceof DanceError ? false : undefined) },
    hooks: {
      beforeError: [
        (error) => {
          // OAuth 1 query signing puts oauth_token in the URL; keep it out of messages.
          error.message = error.message.replace(/(oauth_[a-z_]+)=[^&\s]*/g, "$1=[redacted]");
          return error;
        },
      ],
    },
  };
  if (options.baseUrl) kyOptions.prefixUrl = options.baseUrl;
  if (options.apiHeaders) kyOptions.headers = { ...options.apiHeaders };
  return ky.create(kyOptions);
}

/** An API call in its own span (method, host and status; never the path, which may carry ids), timed. */
function tracedFetch(scope: ApiClientScope, input: RequestInfo | URL, init: RequestInit | undefined) {
  const { name } = scope.client();
  return scope.telemetry.providerCall("api", name, async (span) => {
    if (span) {
      const url = URL.parse(input instanceof Request ? input.url : String(input));
      span.setAttribute(
        "http.request.method",
        input instanceof Request ? input.method : (init?.method ?? "GET"),
      );
      if (url) span.setAttribute("server.address", url.hostname);
    }
    const response = await authorizedFetch(scope, input, init);
    span?.setAttribute("http.response.status_code", response.status);
    return response;
  });
}

/**
 * Sends one API request with the user's token. When the provider answers 401 to a refreshable token (whatever
 * its expiry said), the token is refreshed and the request sent once more.
 */
async function authorizedFetch(
  scope: ApiClientScope,
  input: RequestInfo | URL,
  init: RequestInit | undefined,
): Promise<Response> {
  const fetchWith = scope.fetch ?? fetch;
  const send = (request: Request) => fetchWith(request, init);
  const client = scope.client();
  const token = await scope.freshness.forCall();
  const request = input instanceof Request ? input : new Request(input, init);
  const refreshable = scope.freshness.canRefresh(token);
  // A body can be sent only once, so a request with one is copied beforehand; one without is rebuilt on a 401.
  const replay = refreshable && request.body ? request.clone() : undefined;
  const response = await client.sendWithToken(request, token, send);
  if (response.status !== 401 || !refreshable) return response;
  await response.body?.cancel();
  const fresh = await scope.freshness.refresh(token);
  return client.sendWithToken(replay ?? new Request(request), fresh, send);
}
