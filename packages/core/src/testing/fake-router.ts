// The fake's fetch: routes each request at its origin to an endpoint and records it; other origins go to `fallback`.
import { api } from "./fake-api.js";
import { authorize, revoke, token } from "./fake-authorization-server.js";
import type { FakeEndpoint, FakeProviderEndpoints, FakeRequest } from "./fake-provider-types.js";
import type { FakeState } from "./fake-state.js";
import { recordedFields } from "./fake-wire.js";

/** A fetch that answers at the fake's origin without a socket, and refuses other origins unless given a fallback. */
export function fakeFetch(state: FakeState): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).origin === state.origin) return serve(state, request);
    if (state.options.fallback) return state.options.fallback(input, init);
    throw new TypeError(
      `fakeProvider: ${request.url} is not the fake's origin, and no fallback fetch was given`,
    );
  }) as typeof fetch;
}

async function serve(state: FakeState, request: Request): Promise<Response> {
  const body = await request.clone().text();
  const seen: FakeRequest = {
    endpoint: endpointOf(new URL(request.url).pathname),
    method: request.method,
    url: request.url,
    headers: new Headers(request.headers),
    body,
    form: recordedFields(body, request.headers.get("content-type")),
  };
  const response = await route(state, request, seen);
  state.requests.push({ ...seen, status: response.status });
  return response;
}

async function route(state: FakeState, request: Request, seen: FakeRequest): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname;
  if (request.method === "GET" && path === "/.well-known/openid-configuration") {
    return Response.json(discoveryDocument(state.endpoints));
  }
  if (request.method === "GET" && path === "/jwks") {
    return Response.json({ keys: [await state.signer.publicJwk()] });
  }
  if (request.method === "GET" && path === "/authorize") {
    // A fetch-driven test browser lands here: log in as login_hint (or the first user); "deny" refuses.
    const hint = url.searchParams.get("login_hint") ?? undefined;
    const choice = hint === "deny" ? { deny: true } : { ...(hint ? { user: hint } : {}) };
    return new Response(null, { status: 302, headers: { location: authorize(state, url, choice) } });
  }
  if (request.method === "POST" && path === "/token") return token(state, request, seen);
  if (request.method === "POST" && path === "/revoke") return revoke(state, request);
  if (path === "/userinfo" || path.startsWith("/api/")) return api(state, request);
  return Response.json({ error: "not_found" }, { status: 404 });
}

function endpointOf(path: string): FakeEndpoint {
  if (path === "/.well-known/openid-configuration") return "discovery";
  if (path.startsWith("/api/")) return "api";
  const named: Record<string, FakeEndpoint> = {
    "/jwks": "jwks",
    "/authorize": "authorize",
    "/token": "token",
    "/revoke": "revoke",
    "/userinfo": "userinfo",
  };
  return named[path] ?? "unknown";
}

function discoveryDocument(endpoints: FakeProviderEndpoints): Record<string, unknown> {
  return {
    issuer: endpoints.issuer,
    authorization_endpoint: endpoints.authorizationUrl,
    token_endpoint: endpoints.tokenUrl,
    userinfo_endpoint: endpoints.userinfoUrl,
    revocation_endpoint: endpoints.revocationUrl,
    jwks_uri: `${endpoints.issuer}/jwks`,
    response_types_supported: ["code"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    code_challenge_methods_supported: ["S256", "plain"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
    scopes_supported: ["openid", "profile", "email", "offline_access"],
  };
}
