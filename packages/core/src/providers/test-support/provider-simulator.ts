// A local stand-in for every preset's provider, driven by a table of documented behaviours (one row per preset).
import type { ProfileFields } from "../../handle/profile.js";
import type { Provider } from "../../provider.js";
import type { PresetInfo } from "../preset.js";
import { type LoopbackServer, serveOnLoopback } from "./loopback-server.js";

export const CLIENT_ID = "client-id-123";
export const CLIENT_SECRET = "client-secret-456";
/** In `token.params`: the state of the dance being exchanged. */
export const STATE = "{state}";

/** How the client proves itself at the token endpoint, as the simulator checks it. */
export type ClientAuthPlacement = "basic" | "post" | "none" | "signed-secret";

/** One preset's documented behaviour: what its redirect, token endpoint and user endpoint look like. */
export interface PresetCase {
  /** Names the case when a preset has several (default: the preset's name). */
  title?: string;
  /** The preset under test. */
  preset: ((options: never) => Provider) & { readonly info: Pick<PresetInfo, "id" | "name"> };
  /** Own options of this case (beside the test credentials). */
  options?: Record<string, unknown>;
  /** The authorization redirect. */
  authorize: {
    /** Origin and path. */
    url: string;
    /** Every parameter the provider documents, with its value, except state, redirect_uri, nonce and PKCE. */
    params: Record<string, string>;
    /** Whether a PKCE S256 challenge is sent. */
    pkce: boolean;
    /** Whether a nonce is sent (OpenID Connect). */
    nonce: boolean;
    /** The URL's fragment, where the provider documents one (WeChat). */
    hash?: string;
  };
  /** Parameters each preset option adds to (or, as null, removes from) the redirect. */
  variants?: { options: Record<string, unknown>; params: Record<string, string | null> }[];
  /** OpenID Connect discovery, for presets that discover their endpoints. */
  discovery?: { url: string; document: Record<string, unknown> };
  token: {
    url: string;
    /** Default POST. */
    method?: "POST" | "GET";
    /** How the parameters travel. Default `form`. */
    format?: "form" | "json" | "query";
    auth: ClientAuthPlacement;
    /** Default `client_id`. */
    clientIdParam?: string;
    /** Default `client_secret`. */
    clientSecretParam?: string;
    /** Parameters the provider documents beside the RFC 6749 ones. */
    params?: Record<string, string>;
    /** Headers the provider requires, lower-case names. */
    headers?: Record<string, string>;
    /** The documented sample answer. */
    answer: Record<string, unknown>;
    /** An ID token to add to the answer (not really signed: clients do not check a token endpoint's signature). */
    idToken?: Record<string, unknown>;
    /** The ID token's `alg`. Default RS256. */
    idTokenAlg?: string;
    /** Extra fields the provider puts on the callback. */
    callback?: Record<string, string>;
    /** Whether the provider returns with a form POST. */
    formPost?: boolean;
    /** What the stored token must contain. */
    expect: Record<string, unknown>;
  };
  profile: {
    /** The user endpoint; absent when the profile comes from the ID token or the token. */
    url?: string;
    method?: "GET" | "POST";
    /** How the access token must arrive. Default: `Authorization: Bearer <token>`. */
    auth?: { header: string; value: string } | { query: string };
    /** Other headers the API requires, lower-case names. */
    headers?: Record<string, string>;
    /** The documented sample payload. */
    answer?: unknown;
    expected: ProfileFields;
  };
  /** The config keys `fromConfig` reads when no client id is passed. Default `<ID>_CLIENT_ID` / `_CLIENT_SECRET`. */
  fromConfig?: Record<string, string>;
}

/** What the simulator remembers between a redirect and the token request. */
interface Grant {
  state: string;
  redirectUri: string;
  challenge: string | null;
  nonce: string | null;
}

/**
 * Stands in for the provider of the current case on 127.0.0.1. `fetch` sends a request meant for the provider's
 * real URL to the simulator, which checks it against the case and answers with the documented sample.
 */
export class ProviderSimulator {
  /** Everything the current case's requests got wrong. */
  problems: string[] = [];
  /** Each request received, as `METHOD https://host/path`. */
  received: string[] = [];
  #server: LoopbackServer | undefined;
  #case: PresetCase | undefined;
  readonly #grants = new Map<string, Grant>();

  async start(): Promise<void> {
    this.#server = await serveOnLoopback((request) => this.#handle(request));
  }

  async stop(): Promise<void> {
    await this.#server?.close();
  }

  use(testCase: PresetCase): void {
    this.#case = testCase;
    this.problems = [];
    this.received = [];
  }

  /** A fetch that sends every request to the simulator, keeping the original origin in a header. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const target = new URL(request.url);
    const local = new URL(target.pathname + target.search, this.#server?.origin);
    const headers = new Headers(request.headers);
    headers.set("x-simulated-origin", target.origin);
    const body = request.method === "GET" || request.method === "HEAD" ? null : await request.arrayBuffer();
    return fetch(local, { method: request.method, headers, body, redirect: "manual" });
  };

  /** The provider's side of the redirect: remembers the grant, returns the callback's parameters. */
  authorize(location: URL): URLSearchParams {
    const code = `code-${crypto.randomUUID()}`;
    const q = location.searchParams;
    this.#grants.set(code, {
      state: q.get("state") ?? "",
      redirectUri: q.get("redirect_uri") ?? "",
      challenge: q.get("code_challenge"),
      nonce: q.get("nonce"),
    });
    return new URLSearchParams({ code, state: q.get("state") ?? "", ...this.#current().token.callback });
  }

  async #handle(request: Request): Promise<Response> {
    const testCase = this.#current();
    const url = new URL(request.url);
    const here = `${request.headers.get("x-simulated-origin")}${url.pathname}`;
    this.received.push(`${request.method} ${here}`);
    if (testCase.discovery && here === testCase.discovery.url)
      return Response.json(testCase.discovery.document);
    if (here === testCase.token.url || here === withoutQuery(testCase.token.url))
      return this.#token(request, url);
    if (testCase.profile.url && here === withoutQuery(testCase.profile.url))
      return this.#profile(request, url);
    this.problems.push(`unexpected request ${request.method} ${here}`);
    return Response.json({ error: "not_found" }, { status: 404 });
  }

  async #token(request: Request, url: URL): Promise<Response> {
    const spec = this.#current().token;
    const problems: string[] = [];
    const expect = (what: string, actual: unknown, wanted: unknown) => {
      if (actual !== wanted)
        problems.push(`${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(wanted)}`);
    };
    expect("method", request.method, spec.method ?? "POST");
    const format = spec.format ?? "form";
    const type = request.headers.get("content-type")?.split(";")[0] ?? null;
    expect(
      "content type",
      type,
      { form: "application/x-www-form-urlencoded", json: "application/json", query: null }[format],
    );
    const params =
      format === "json"
        ? new URLSearchParams((await request.json()) as Record<string, string>)
        : format === "query"
          ? url.searchParams
          : new URLSearchParams(await request.text());
    for (const [name, value] of Object.entries(spec.headers ?? {}))
      expect(`header ${name}`, request.headers.get(name), value);
    expect("grant_type", params.get("grant_type"), "authorization_code");
    const grant = this.#grants.get(params.get("code") ?? "");
    for (const [name, value] of Object.entries(spec.params ?? {})) {
      expect(`parameter ${name}`, params.get(name), value === STATE ? grant?.state : value);
    }
    if (!grant) problems.push("unknown code");
    this.#grants.delete(params.get("code") ?? "");
    expect("redirect_uri", params.get("redirect_uri"), grant?.redirectUri);
    if (grant?.challenge)
      expect("code_verifier", await challengeOf(params.get("code_verifier")), grant.challenge);
    else expect("code_verifier", params.get("code_verifier"), null);
    await checkClientAuth(request, params, spec, problems);
    this.problems.push(...problems);
    if (problems.length)
      return Response.json(
        { error: "invalid_request", error_description: problems.join("; ") },
        { status: 400 },
      );
    const answer: Record<string, unknown> = structuredClone(spec.answer);
    if (spec.idToken) {
      const nonce = grant?.nonce ? { nonce: grant.nonce } : {};
      const now = Math.floor(Date.now() / 1000);
      const claims = { aud: CLIENT_ID, iat: now, exp: now + 3600, ...nonce, ...spec.idToken };
      const target = isRecord(answer.body) ? answer.body : answer;
      target.id_token = unsignedJwt(claims, spec.idTokenAlg ?? "RS256");
    }
    return Response.json(answer);
  }

  async #profile(request: Request, url: URL): Promise<Response> {
    const spec = this.#current().profile;
    const token = tokenOf(this.#current().token.answer);
    const problems: string[] = [];
    if (request.method !== (spec.method ?? "GET")) problems.push(`profile method ${request.method}`);
    const auth = spec.auth ?? { header: "authorization", value: `Bearer ${token}` };
    if ("query" in auth) {
      if (url.searchParams.get(auth.query) !== token)
        problems.push(`profile token parameter ${auth.query} missing`);
    } else if (request.headers.get(auth.header) !== auth.value) {
      problems.push(`profile ${auth.header}: ${request.headers.get(auth.header)}`);
    }
    for (const [name, value] of Object.entries(spec.headers ?? {})) {
      if (request.headers.get(name) !== value)
        problems.push(`profile header ${name}: ${request.headers.get(name)}`);
    }
    for (const [name, value] of new URL(spec.url ?? "", url).searchParams) {
      if (url.searchParams.get(name) !== value)
        problems.push(`profile parameter ${name}: ${url.searchParams.get(name)}`);
    }
    this.problems.push(...problems);
    if (problems.length) return Response.json({ error: problems.join("; ") }, { status: 401 });
    return Response.json(spec.answer);
  }

  #current(): PresetCase {
    if (!this.#case) throw new Error("no case in use");
    return this.#case;
  }
}

async function checkClientAuth(
  request: Request,
  params: URLSearchParams,
  spec: PresetCase["token"],
  problems: string[],
): Promise<void> {
  const idParam = spec.clientIdParam ?? "client_id";
  const secretParam = spec.clientSecretParam ?? "client_secret";
  const header = request.headers.get("authorization");
  if (spec.auth === "basic") {
    // RFC 6749 2.3.1: both halves are form-encoded before base64, and decoded by the provider.
    const [id, secret] = atob(header?.replace(/^Basic /, "") ?? "")
      .split(":")
      .map((part) => decodeURIComponent(part.replace(/\+/g, " ")));
    if (!header?.startsWith("Basic ") || id !== CLIENT_ID || secret !== CLIENT_SECRET) {
      problems.push(`Basic authorization: got ${header}`);
    }
    if (params.has(secretParam)) problems.push("client secret in the body as well as in Basic");
    return;
  }
  if (header) problems.push(`unexpected Authorization header ${header}`);
  if (params.get(idParam) !== CLIENT_ID) problems.push(`${idParam}: got ${params.get(idParam)}`);
  if (idParam !== "client_id" && params.has("client_id"))
    problems.push("client_id sent beside its renamed parameter");
  if (spec.auth === "none" && params.has(secretParam)) problems.push("a public client sent a secret");
  if (spec.auth === "post" && params.get(secretParam) !== CLIENT_SECRET) {
    problems.push(`${secretParam}: got ${params.get(secretParam)}`);
  }
  if (spec.auth === "signed-secret") {
    const [header64, claims64] = (params.get(secretParam) ?? "").split(".");
    const claims = claims64
      ? (JSON.parse(atob(claims64.replace(/-/g, "+").replace(/_/g, "/"))) as Record<string, unknown>)
      : {};
    if (!header64 || claims.sub !== CLIENT_ID) problems.push("client_secret is not a JWT for this client");
  }
}

/** The access token of a sample answer, unwrapped where the provider wraps it. */
export function tokenOf(answer: Record<string, unknown>): string {
  const wrapped = Array.isArray(answer.data) ? answer.data[0] : answer.body;
  const inner = isRecord(wrapped) ? wrapped : answer;
  return String(inner.access_token);
}

async function challengeOf(verifier: string | null): Promise<string | null> {
  if (!verifier) return null;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  return base64Url(digest);
}

function unsignedJwt(claims: Record<string, unknown>, alg: string): string {
  const encode = (value: object) => base64Url(new TextEncoder().encode(JSON.stringify(value)));
  return `${encode({ alg, kid: "simulated" })}.${encode(claims)}.${base64Url(new Uint8Array(64))}`;
}

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
