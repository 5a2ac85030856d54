// What the fuzzer throws at the adapters: arbitrary requests, and real callbacks with a few things changed.
import fc from "fast-check";
import type { RawRequest } from "./fuzz-targets.js";

/** One dance this target started and the fake provider granted: the pieces of a valid callback. */
export interface Login {
  provider: "corp" | "post";
  state: string;
  code: string;
  cookieName: string;
  cookieValue: string;
  callbackPath: string;
}

const visible = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
/** Printable ASCII: anything a header value may hold. */
const text = (maxLength = 40) => fc.string({ unit: visible, maxLength });
/** Characters a request path may carry unencoded. */
const pathChar = fc.constantFrom(..."abcXYZ019-._~!$&'()*+,;=:@/%?#".split(""));
const nasty = fc.constantFrom(
  "//evil.example/",
  "https://evil.example/",
  "/\\evil.example",
  "\\\\evil.example",
  "%2F%2Fevil.example",
  "/%09/evil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example",
  "javascript:alert(1)",
  "/ok?x=1#frag",
  "",
  "%",
  "%ZZ",
  "%00",
  "x".repeat(5000),
);
const value = fc.oneof(text(), nasty, fc.string({ unit: "binary", maxLength: 20 }));

const paramName = fc.constantFrom(
  "state",
  "code",
  "error",
  "error_description",
  "iss",
  "next",
  "redirectTo",
  "redirect_uri",
  "response_mode",
  "oauth_token",
  "denied",
);
const cookieName = fc.oneof(
  fc.constantFrom(
    "oauth-dance.token.corp",
    "oauth-dance.token.corp.0",
    "oauth-dance.token.corp.1",
    "oauth-dance.error.corp",
    "oauth-dance.dance.abc",
    "oauth-dance.dance.abc.0",
    "oauth-dance",
  ),
  fc.string({
    unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz.-_0123456789".split("")),
    minLength: 1,
    maxLength: 12,
  }),
);
const cookieValue = fc.oneof(
  text(80),
  fc.constant("Fe26.2*1*abc*def*ghi*123*jkl*mno~2"),
  fc.constant(`Fe26.2**${"A".repeat(4000)}`),
);

const path = fc.oneof(
  fc.constantFrom(
    "/login/corp",
    "/login/corp/authorized",
    "/login/post",
    "/login/post/authorized",
    "/login/corp/authorized/",
    "/login//corp",
    "/LOGIN/corp",
    "/login/corp%2Fauthorized",
    "/login/unknown/authorized",
    "/login/",
    "/login",
    "/me",
    "/",
    "//evil.example/login/corp",
    "/login/corp/../post/authorized",
    "/login/%2e%2e/corp",
  ),
  fc.string({ unit: pathChar, maxLength: 30 }).map((rest) => `/${rest}`),
);

const headerName = fc.constantFrom(
  "host",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-for",
  "forwarded",
  "content-type",
  "origin",
  "referer",
);
const hostValue = fc.oneof(
  fc.constantFrom(
    "evil.example",
    "evil.example:443",
    "127.0.0.1",
    "localhost:1",
    "[::1]",
    "user@evil.example",
    "evil.example/path",
    "evil.example, app.test",
    "app.test\\@evil.example",
    "",
  ),
  text(30),
);
const header = fc.tuple(
  headerName,
  fc.oneof(hostValue, fc.constantFrom("http", "https", "javascript"), text()),
);
const method = fc.constantFrom("GET", "GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND");

function query(pairs: readonly (readonly [string, string])[]): string {
  return pairs.length === 0 ? "" : `?${new URLSearchParams(pairs as [string, string][])}`;
}

/** Any request at all: method, path, query, cookies, forwarding headers and body drawn at random. */
export const randomRequest: fc.Arbitrary<RawRequest> = fc
  .record({
    method,
    path,
    params: fc.array(fc.tuple(paramName, value), { maxLength: 5 }),
    rawQuery: fc.option(fc.string({ unit: pathChar, maxLength: 20 })),
    cookies: fc.array(fc.tuple(cookieName, cookieValue), { maxLength: 6 }),
    headers: fc.array(header, { maxLength: 4 }),
    body: fc.option(fc.oneof(text(200), fc.array(fc.tuple(paramName, value), { maxLength: 4 }).map(query))),
  })
  .map((draft) => {
    const headers: Record<string, string> = {};
    for (const [name, content] of draft.headers) headers[name] = content;
    if (draft.cookies.length > 0) headers.cookie = draft.cookies.map(([n, v]) => `${n}=${v}`).join("; ");
    const search = query(draft.params) || (draft.rawQuery === null ? "" : `?${draft.rawQuery}`);
    const request: RawRequest = { method: draft.method, path: `${draft.path}${search}`, headers };
    if (draft.body !== null && draft.method !== "GET" && draft.method !== "HEAD") {
      request.body = draft.body.replace(/^\?/, "");
      headers["content-type"] ??= "application/x-www-form-urlencoded";
    }
    return request;
  });

type FieldOp = "drop" | "random" | "truncate" | "flip" | "swap" | "dupFirst" | "dupLast" | "upper" | "empty";
type CookieOp =
  | "drop"
  | "truncate"
  | "flip"
  | "oversize"
  | "foreign"
  | "swap"
  | "dupFirst"
  | "garbageChunks"
  | "rename"
  | "empty";

/** One change to a valid callback. */
export type Mutation =
  | { kind: "field"; field: "state" | "code"; op: FieldOp; text: string; at: number }
  | { kind: "cookie"; op: CookieOp; text: string; at: number }
  | { kind: "param"; name: string; value: string }
  | { kind: "rawQuery"; text: string }
  | { kind: "method"; method: string }
  | { kind: "placement" }
  | { kind: "path"; path: string }
  | { kind: "header"; name: string; value: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("field" as const),
    field: fc.constantFrom("state" as const, "code" as const),
    op: fc.constantFrom<FieldOp>(
      "drop",
      "random",
      "truncate",
      "flip",
      "swap",
      "dupFirst",
      "dupLast",
      "upper",
      "empty",
    ),
    text: text(50),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant("cookie" as const),
    op: fc.constantFrom<CookieOp>(
      "drop",
      "truncate",
      "flip",
      "oversize",
      "foreign",
      "swap",
      "dupFirst",
      "garbageChunks",
      "rename",
      "empty",
    ),
    text: text(50),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant("param" as const), name: paramName, value }),
  fc.record({ kind: fc.constant("rawQuery" as const), text: fc.string({ unit: pathChar, maxLength: 20 }) }),
  fc.record({ kind: fc.constant("method" as const), method }),
  fc.record({ kind: fc.constant("placement" as const) }),
  fc.record({ kind: fc.constant("path" as const), path }),
  fc.record({ kind: fc.constant("header" as const), name: headerName, value: hostValue }),
);

/** A valid callback of one of the target's pending logins, changed by up to three mutations (or none). */
export interface CallbackCase {
  provider: "corp" | "post";
  /** Picks the login (and another one, for swaps) among those pending. */
  pick: number;
  other: number;
  mutations: Mutation[];
}

export const callbackCase: fc.Arbitrary<CallbackCase> = fc.record({
  provider: fc.constantFrom("corp" as const, "post" as const),
  pick: fc.nat(),
  other: fc.nat(),
  mutations: fc.oneof(
    { weight: 1, arbitrary: fc.constant<Mutation[]>([]) },
    { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
  ),
});

interface Draft {
  method: string;
  pathname: string;
  query: [string, string][];
  body: [string, string][] | undefined;
  rawQuery: string;
  cookies: [string, string][];
  headers: Record<string, string>;
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function flip(input: string, at: number, with_: string): string {
  if (!input) return with_.slice(0, 1);
  const i = at % input.length;
  const current = input[i] as string;
  const replacement = BASE64URL[(BASE64URL.indexOf(current) + 1 + (at % 63)) % 64] as string;
  return input.slice(0, i) + (replacement === current ? "*" : replacement) + input.slice(i + 1);
}

function mutateField(draft: Draft, m: Extract<Mutation, { kind: "field" }>, other: Login): void {
  const where = draft.body ?? draft.query;
  const i = where.findIndex(([name]) => name === m.field);
  const current = i === -1 ? "" : (where[i]?.[1] ?? "");
  const set = (content: string) => {
    if (i === -1) where.push([m.field, content]);
    else where[i] = [m.field, content];
  };
  switch (m.op) {
    case "drop":
      if (i !== -1) where.splice(i, 1);
      return;
    case "random":
      set(m.text);
      return;
    case "truncate":
      set(current.slice(0, current.length ? m.at % current.length : 0));
      return;
    case "flip":
      set(flip(current, m.at, m.text));
      return;
    case "swap":
      set(m.field === "state" ? other.state : other.code);
      return;
    case "dupFirst":
      where.unshift([m.field, m.text]);
      return;
    case "dupLast":
      where.push([m.field, m.text]);
      return;
    case "upper":
      set(current.toUpperCase() === current ? current.toLowerCase() : current.toUpperCase());
      return;
    case "empty":
      set("");
      return;
  }
}

function mutateCookie(
  draft: Draft,
  m: Extract<Mutation, { kind: "cookie" }>,
  login: Login,
  other: Login,
  foreign: string,
): void {
  const i = draft.cookies.findIndex(([name]) => name === login.cookieName);
  const current = i === -1 ? "" : (draft.cookies[i]?.[1] ?? "");
  const set = (content: string) => {
    if (i === -1) draft.cookies.push([login.cookieName, content]);
    else draft.cookies[i] = [login.cookieName, content];
  };
  switch (m.op) {
    case "drop":
      if (i !== -1) draft.cookies.splice(i, 1);
      return;
    case "truncate":
      set(current.slice(0, current.length ? m.at % current.length : 0));
      return;
    case "flip":
      set(flip(current, m.at, m.text));
      return;
    case "oversize":
      set(current + "A".repeat(4000 + (m.at % 20000)));
      return;
    case "foreign":
      set(foreign);
      return;
    case "swap":
      set(other.cookieValue);
      return;
    case "dupFirst":
      draft.cookies.unshift([login.cookieName, m.text.replace(/[;,\s]/g, "")]);
      return;
    case "garbageChunks":
      if (i !== -1) draft.cookies.splice(i, 1);
      draft.cookies.push([`${login.cookieName}.0`, current.slice(0, 10)], [`${login.cookieName}.1`, m.text]);
      return;
    case "rename":
      if (i !== -1) draft.cookies[i] = [`${login.cookieName}x`, current];
      return;
    case "empty":
      set("");
      return;
  }
}

/**
 * The request a callback case sends: `login`'s callback, then each mutation in turn. `foreign` is a pending
 * dance sealed with another app's secret, for the "foreign cookie" mutation.
 */
export function callbackRequest(c: CallbackCase, login: Login, other: Login, foreign: string): RawRequest {
  const params: [string, string][] = [
    ["code", login.code],
    ["state", login.state],
  ];
  const draft: Draft = {
    method: login.provider === "post" ? "POST" : "GET",
    pathname: login.callbackPath,
    query: login.provider === "post" ? [] : params,
    body: login.provider === "post" ? params : undefined,
    rawQuery: "",
    cookies: [[login.cookieName, login.cookieValue]],
    headers: {},
  };
  for (const m of c.mutations) {
    switch (m.kind) {
      case "field":
        mutateField(draft, m, other);
        break;
      case "cookie":
        mutateCookie(draft, m, login, other, foreign);
        break;
      case "param":
        (draft.body ?? draft.query).push([m.name, m.value]);
        break;
      case "rawQuery":
        draft.rawQuery += m.text;
        break;
      case "method":
        draft.method = m.method;
        break;
      case "placement":
        if (draft.body) {
          draft.query.push(...draft.body);
          draft.body = undefined;
        } else {
          draft.body = draft.query.splice(0);
        }
        break;
      case "path":
        draft.pathname = m.path;
        break;
      case "header":
        draft.headers[m.name] = m.value;
        break;
    }
  }
  const search = [new URLSearchParams(draft.query).toString(), draft.rawQuery].filter(Boolean).join("&");
  const headers: Record<string, string> = { ...draft.headers };
  if (draft.cookies.length > 0) headers.cookie = draft.cookies.map(([n, v]) => `${n}=${v}`).join("; ");
  const request: RawRequest = {
    method: draft.method,
    path: `${draft.pathname}${search ? `${draft.pathname.includes("?") ? "&" : "?"}${search}` : ""}`,
    headers,
  };
  if (draft.body && draft.method !== "GET" && draft.method !== "HEAD") {
    request.body = new URLSearchParams(draft.body).toString();
    headers["content-type"] ??= "application/x-www-form-urlencoded";
  }
  return request;
}

/** Every value a parameter has in the request's query and form body, decoded as the server decodes them. */
export function paramValues(request: RawRequest, name: string): string[] {
  const search = request.path.includes("?") ? request.path.slice(request.path.indexOf("?") + 1) : "";
  const values = [...safeParams(search).getAll(name)];
  if (request.body !== undefined) values.push(...safeParams(request.body).getAll(name));
  return values;
}

function safeParams(input: string): URLSearchParams {
  try {
    return new URLSearchParams(input);
  } catch {
    return new URLSearchParams();
  }
}

/** Every value the request's Cookie header carries, whatever its name. */
export function cookieValues(request: RawRequest): string[] {
  const header = request.headers.cookie ?? "";
  return header.split(";").map((pair) => pair.slice(pair.indexOf("=") + 1).trim());
}
