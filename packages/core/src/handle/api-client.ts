// `handle.api`: a ky instance that authenticates every request with the user's token, refreshing it as needed.
import ky, { type KyInstance, type Options as KyOptions } from "ky";
import { DanceError } from "../errors.js";
import type { ProtocolClient } from "../protocols/protocol.js";
import type { DanceTelemetry } from "../telemetry.js";
import type { TokenFreshness } from "./token-freshness.js";

export interface ApiClientScope {
  /** The provider's name, for spans and messages. */
  name: string;
  client(): Promise<ProtocolClient>;
  /** The client when it is known without waiting (a provider with fixed options), so ky gets its base URL. */
  clientNow(): ProtocolClient | undefined;
  freshness: TokenFreshness;
  /** The fetch API calls go out with (size-limited). */
  fetch: typeof fetch | undefined;
  /** Milliseconds before a call is abandoned. */
  timeout: number;
  /** Where calls are traced and timed. */
  telemetry: DanceTelemetry;
}

/**
 * Where relative URLs point until a provider chosen per request is known: ky needs its base URL up front, so the
 * real one takes its place below ky. `.invalid` is reserved (RFC 2606): nothing is ever sent there.
 */
const PENDING_BASE = "https://provider.oauth-dance.invalid/";

/**
 * The API client: ky on the provider's `baseUrl` with its `apiHeaders`. Authentication and the 401 refresh
 * happen below ky, in its fetch: no hook machinery, no response clones.
 */
export function createApiClient(scope: ApiClientScope): KyInstance {
  const ready = scope.clientNow();
  const kyOptions: KyOptions = {
    timeout: scope.timeout,
    fetch: (input, init) => tracedFetch(scope, ready === undefined, input, init),
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
  if (!ready) kyOptions.prefixUrl = PENDING_BASE;
  else {
    const { options } = ready;
    if (options.baseUrl) kyOptions.prefixUrl = options.baseUrl;
    if (options.apiHeaders) kyOptions.headers = { ...options.apiHeaders };
  }
  return ky.create(kyOptions);
}

/** An API call in its own span (method, host and status; never the path, which may carry ids), timed. */
function tracedFetch(
  scope: ApiClientScope,
  pending: boolean,
  input: RequestInfo | URL,
  init: RequestInit | undefined,
) {
  return scope.telemetry.providerCall("api", scope.name, async (span) => {
    const client = await scope.client();
    const request = input instanceof Request ? input : new Request(input, init);
    const sent = pending ? onProviderBase(request, client) : request;
    if (span) {
      span.setAttribute("http.request.method", sent.method);
      const url = URL.parse(sent.url);
      if (url) span.setAttribute("server.address", url.hostname);
    }
    const response = await authorizedFetch(scope, client, sent, init);
    span?.setAttribute("http.response.status_code", response.status);
    return response;
  });
}

/**
 * The request ky built on the pending base, moved onto the provider's `baseUrl` (joined as ky joins it) with
 * its `apiHeaders` under the caller's own. An absolute URL the app passed stays as it is.
 *
 * @throws TypeError for a relative URL when the provider has no `baseUrl`.
 */
function onProviderBase(request: Request, client: ProtocolClient): Request {
  if (!request.url.startsWith(PENDING_BASE)) return request;
  const path = request.url.slice(PENDING_BASE.length);
  const { baseUrl, apiHeaders } = client.options;
  let url = path;
  if (!URL.canParse(path)) {
    if (!baseUrl) {
      throw new TypeError(`${client.name} has no baseUrl: call handle.api with an absolute URL`);
    }
    url = `${baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`}${path}`;
  }
  const moved = new Request(url, request);
  for (const [name, value] of Object.entries(apiHeaders ?? {})) {
    if (!moved.headers.has(name)) moved.headers.set(name, value);
  }
  return moved;
}

/**
 * Sends one API request with the user's token. When the provider answers 401 to a refreshable token (whatever
 * its expiry said), the token is refreshed and the request sent once more.
 */
async function authorizedFetch(
  scope: ApiClientScope,
  client: ProtocolClient,
  request: Request,
  init: RequestInit | undefined,
): Promise<Response> {
  const fetchWith = scope.fetch ?? fetch;
  const send = (outgoing: Request) => fetchWith(outgoing, init);
  const token = await scope.freshness.forCall();
  const refreshable = client.canRefresh(token);
  // A body can be sent only once, so a request with one is copied beforehand; one without is rebuilt on a 401.
  const replay = refreshable && request.body ? request.clone() : undefined;
  const response = await client.sendWithToken(request, token, send);
  if (response.status !== 401 || !refreshable) return response;
  await response.body?.cancel();
  const fresh = await scope.freshness.refresh(token);
  return client.sendWithToken(replay ?? new Request(request), fresh, send);
}
