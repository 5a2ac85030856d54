// A local OAuth 1.0a provider on 127.0.0.1 for tests: verifies every signature with oauth-sign, not the core's signer.
import { createVerify, type KeyObject, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";

/** The part of oauth-sign (an OAuth 1 implementation independent of the core's) the provider verifies with. */
interface OAuthSign {
  sign(
    signatureMethod: string,
    httpMethod: string,
    baseUri: string,
    params: ParamMap,
    consumerSecret: string,
    tokenSecret?: string,
  ): string;
  generateBase(httpMethod: string, baseUri: string, params: ParamMap): string;
}
const oauthSign = createRequire(import.meta.url)("oauth-sign") as OAuthSign;

export type OAuth1SignatureMethod = "HMAC-SHA1" | "HMAC-SHA256" | "PLAINTEXT" | "RSA-SHA1";

/** A registered consumer. HMAC and PLAINTEXT consumers have a secret; RSA-SHA1 consumers a public key. */
export interface OAuth1TestClient {
  key: string;
  signatureMethod: OAuth1SignatureMethod;
  secret?: string;
  publicKey?: KeyObject | string;
}

/** Switches that make the provider refuse, per consumer, the way real providers do. */
export type OAuth1Failure =
  | "request_token_401"
  | "request_token_500"
  | "request_token_html"
  | "request_token_unconfirmed"
  | "access_token_401";

export interface OAuth1ProviderOptions {
  clients: OAuth1TestClient[];
  /** How old (or how far ahead) a timestamp may be. Default 300 seconds. */
  maxAgeSeconds?: number;
}

/** Where a request carried its `oauth_*` parameters. */
export type OAuth1Location = "header" | "query" | "body";

export interface OAuth1ProviderStats {
  requestTokens: number;
  accessTokens: number;
  apiCalls: number;
  /** One reason per refused request, in order: `bad_signature`, `nonce_reused`, `stale_timestamp`, ... */
  rejections: string[];
  /** Where each accepted request carried its `oauth_*` parameters. */
  locations: OAuth1Location[];
  /** The signature method of each accepted request. */
  methods: string[];
  /** The non-oauth parameters of the last request-token call. */
  lastRequestTokenParams: Record<string, string>;
  /** The path and query the browser last arrived with at the authorize endpoint. */
  lastAuthorize: { path: string; query: Record<string, string> } | undefined;
}

export interface OAuth1ProviderServer {
  url: string;
  stats: OAuth1ProviderStats;
  /** Turns a failure switch on (or off, with undefined) for one consumer. */
  fail(clientKey: string, failure: OAuth1Failure | undefined): void;
  close(): Promise<void>;
}

export const USERS: Record<string, { user_id: string; screen_name: string; name: string }> = {
  alice: { user_id: "1001", screen_name: "alice", name: "Alice Liddell" },
  bob: { user_id: "1002", screen_name: "bob", name: "Bob Builder" },
};

type ParamMap = Record<string, string | string[]>;

interface RequestToken {
  clientKey: string;
  secret: string;
  callback: string;
  state: "issued" | "authorized" | "denied" | "used";
  verifier?: string;
  user?: string;
}

interface AccessToken {
  clientKey: string;
  secret: string;
  user: string;
}

/** A refused request: answered with `oauth_problem=<reason>` (OAuth Problem Reporting) and counted. */
class Rejection extends Error {
  constructor(
    readonly reason: string,
    readonly status = 401,
  ) {
    super(reason);
  }
}

/** What a verified request carried. */
interface Verified {
  client: OAuth1TestClient;
  oauth: Record<string, string>;
  /** The request's own parameters (query and form body), oauth_* left out. */
  query: ParamMap;
  form: ParamMap;
}

type Kind = "request_token" | "access_token" | "api";

const ROUTES: Record<string, string> = {
  "POST /oauth/request_token": "requestToken",
  "POST /plugins/servlet/oauth/request-token": "requestToken",
  "GET /oauth/authorize": "authorize",
  "GET /oauth/authenticate": "authorize",
  "GET /plugins/servlet/oauth/authorize": "authorize",
  "POST /oauth/access_token": "accessToken",
  "POST /plugins/servlet/oauth/access-token": "accessToken",
  "GET /1.1/account": "account",
  "POST /1.1/account": "account",
  "GET /rest/api/2/myself": "account",
  "POST /rest/api/2/myself": "account",
};

/**
 * Starts the provider on a free port. Endpoints: POST /oauth/request_token, GET /oauth/authorize (and
 * /oauth/authenticate), POST /oauth/access_token, GET|POST /1.1/account; the same under Jira's
 * /plugins/servlet/oauth/* and /rest/api/2/myself. The authorize endpoint approves at once as `?user=alice|bob`
 * (`deny` refuses, the way X or Jira does depending on the path), standing in for the user's click.
 */
export async function startOAuth1Provider(options: OAuth1ProviderOptions): Promise<OAuth1ProviderServer> {
  const clients = new Map(options.clients.map((client) => [client.key, client]));
  const failures = new Map<string, OAuth1Failure>();
  const requestTokens = new Map<string, RequestToken>();
  const accessTokens = new Map<string, AccessToken>();
  const nonces = new Set<string>();
  const maxAge = options.maxAgeSeconds ?? 300;
  const stats: OAuth1ProviderStats = {
    requestTokens: 0,
    accessTokens: 0,
    apiCalls: 0,
    rejections: [],
    locations: [],
    methods: [],
    lastRequestTokenParams: {},
    lastAuthorize: undefined,
  };
  let origin = "";

  /** Checks consumer, method, version, timestamp, token, signature and nonce, in that order. */
  function verify(req: IncomingMessage, url: URL, body: string, kind: Kind): Verified {
    const found = collect(req, url, body);
    const { oauth } = found;
    const client = clients.get(oauth.oauth_consumer_key ?? "");
    if (!client) throw new Rejection("consumer_key_unknown");
    if (oauth.oauth_signature_method !== client.signatureMethod)
      throw new Rejection("signature_method_rejected");
    if (oauth.oauth_version !== undefined && oauth.oauth_version !== "1.0")
      throw new Rejection("version_rejected");
    if (!oauth.oauth_signature || !oauth.oauth_nonce) throw new Rejection("parameter_absent");
    const timestamp = Number(oauth.oauth_timestamp);
    if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > maxAge) {
      throw new Rejection("timestamp_refused");
    }
    const tokenSecret = secretOf(kind, oauth.oauth_token, client);
    const method = req.method ?? "GET";
    const baseUri = `${origin}${url.pathname}`;
    if (!signatureValid(client, method, baseUri, found.signed, oauth.oauth_signature, tokenSecret)) {
      const withoutSecret = kind === "access_token" && client.signatureMethod !== "RSA-SHA1";
      if (withoutSecret && signatureValid(client, method, baseUri, found.signed, oauth.oauth_signature, "")) {
        throw new Rejection("signed_without_request_token_secret");
      }
      throw new Rejection("signature_invalid");
    }
    const nonceKey = [client.key, oauth.oauth_token ?? "", oauth.oauth_timestamp, oauth.oauth_nonce].join(
      "|",
    );
    if (nonces.has(nonceKey)) throw new Rejection("nonce_used");
    nonces.add(nonceKey);
    stats.locations.push(found.location);
    stats.methods.push(client.signatureMethod);
    return { client, oauth, query: found.query, form: found.form };
  }

  /** The token secret the signature must have been made with: none, the request token's, or the access token's. */
  function secretOf(kind: Kind, token: string | undefined, client: OAuth1TestClient): string {
    if (kind === "request_token") return "";
    if (kind === "access_token") {
      const requestToken = token ? requestTokens.get(token) : undefined;
      if (!requestToken || requestToken.clientKey !== client.key) throw new Rejection("token_rejected");
      if (requestToken.state === "used") throw new Rejection("token_used");
      if (requestToken.state !== "authorized") throw new Rejection("permission_unknown");
      return requestToken.secret;
    }
    const accessToken = token ? accessTokens.get(token) : undefined;
    if (!accessToken || accessToken.clientKey !== client.key) throw new Rejection("token_rejected");
    return accessToken.secret;
  }

  const handlers: Record<
    string,
    (req: IncomingMessage, url: URL, body: string, res: ServerResponse) => void
  > = {
    requestToken(req, url, body, res) {
      const { client, oauth, query, form } = verify(req, url, body, "request_token");
      if (!oauth.oauth_callback) throw new Rejection("parameter_absent: oauth_callback");
      stats.lastRequestTokenParams = flat({ ...query, ...form });
      const failure = failures.get(client.key);
      if (failure === "request_token_401") throw new Rejection("consumer_key_rejected");
      if (failure === "request_token_500")
        return send(res, 500, "text/plain", "Internal Server Error\nretry later");
      if (failure === "request_token_html") {
        return send(res, 200, "text/html", "<html><body>Over capacity</body></html>");
      }
      const token = random();
      const secret = random();
      requestTokens.set(token, {
        clientKey: client.key,
        secret,
        callback: oauth.oauth_callback,
        state: "issued",
      });
      stats.requestTokens++;
      const answer: Record<string, string> = { oauth_token: token, oauth_token_secret: secret };
      if (failure !== "request_token_unconfirmed") answer.oauth_callback_confirmed = "true";
      sendForm(res, 200, answer);
    },

    authorize(_req, url, _body, res) {
      stats.lastAuthorize = { path: url.pathname, query: Object.fromEntries(url.searchParams) };
      const token = url.searchParams.get("oauth_token") ?? "";
      const requestToken = requestTokens.get(token);
      if (requestToken?.state !== "issued") {
        return send(res, 400, "text/plain", "This request token is unknown or was already used");
      }
      const user = url.searchParams.get("user") ?? "alice";
      const callback = new URL(requestToken.callback);
      if (user === "deny") {
        requestToken.state = "denied";
        // X answers `denied=<token>`; Jira keeps the token and says `oauth_verifier=denied`.
        if (url.pathname.startsWith("/plugins/")) {
          callback.searchParams.set("oauth_token", token);
          callback.searchParams.set("oauth_verifier", "denied");
        } else {
          callback.searchParams.set("denied", token);
        }
      } else {
        if (!USERS[user]) return send(res, 400, "text/plain", `No such user: ${user}`);
        requestToken.state = "authorized";
        requestToken.user = user;
        requestToken.verifier = random();
        callback.searchParams.set("oauth_token", token);
        callback.searchParams.set("oauth_verifier", requestToken.verifier);
      }
      res.writeHead(302, { location: callback.href }).end();
    },

    accessToken(req, url, body, res) {
      const { client, oauth } = verify(req, url, body, "access_token");
      const requestToken = requestTokens.get(oauth.oauth_token as string) as RequestToken;
      // Any signed attempt uses the request token up: a verifier cannot be guessed at twice.
      requestToken.state = "used";
      if (!oauth.oauth_verifier || oauth.oauth_verifier !== requestToken.verifier)
        throw new Rejection("verifier_invalid");
      if (failures.get(client.key) === "access_token_401") throw new Rejection("permission_denied");
      const user = USERS[requestToken.user as string] as (typeof USERS)[string];
      const token = random();
      const secret = random();
      accessTokens.set(token, { clientKey: client.key, secret, user: user.screen_name });
      stats.accessTokens++;
      sendForm(res, 200, {
        oauth_token: token,
        oauth_token_secret: secret,
        user_id: user.user_id,
        screen_name: user.screen_name,
      });
    },

    account(req, url, body, res) {
      const { oauth, query, form } = verify(req, url, body, "api");
      const user = USERS[(accessTokens.get(oauth.oauth_token as string) as AccessToken).user];
      stats.apiCalls++;
      send(res, 200, "application/json", JSON.stringify({ ...user, method: req.method, query, form }));
    },
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", origin);
    const handler = handlers[ROUTES[`${req.method} ${url.pathname}`] ?? ""];
    try {
      const body = await readBody(req);
      if (!handler) return send(res, 404, "text/plain", "Not found");
      handler(req, url, body, res);
    } catch (error) {
      if (!(error instanceof Rejection)) {
        return send(res, 500, "text/plain", `provider bug: ${String(error)}`);
      }
      stats.rejections.push(error.reason);
      sendForm(res, error.status, { oauth_problem: error.reason });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    stats,
    fail(clientKey, failure) {
      if (failure) failures.set(clientKey, failure);
      else failures.delete(clientKey);
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Gathers the parameters as RFC 5849 §3.4.1.3 says: the query, the Authorization header's oauth_* (realm
 * left out) and a form-encoded body. The oauth_* parameters must all come from one of those places.
 */
function collect(req: IncomingMessage, url: URL, body: string) {
  const header = parseAuthorization(req.headers.authorization);
  const query = [...url.searchParams];
  const isForm = (req.headers["content-type"] ?? "")
    .toLowerCase()
    .startsWith("application/x-www-form-urlencoded");
  const form = isForm ? [...new URLSearchParams(body)] : [];
  const sources = { header, query, body: form };
  const carriers = (Object.keys(sources) as OAuth1Location[]).filter((name) =>
    sources[name].some(([key]) => key.startsWith("oauth_")),
  );
  if (carriers.length !== 1)
    throw new Rejection(carriers.length ? "parameters_in_several_places" : "parameter_absent");
  const location = carriers[0] as OAuth1Location;
  const oauth = Object.fromEntries(sources[location].filter(([key]) => key.startsWith("oauth_")));
  const signed: ParamMap = {};
  for (const [key, value] of [...header, ...query, ...form])
    if (key !== "oauth_signature") add(signed, key, value);
  return {
    location,
    oauth: oauth as Record<string, string>,
    signed,
    query: toMap(query.filter(([key]) => !key.startsWith("oauth_"))),
    form: toMap(form.filter(([key]) => !key.startsWith("oauth_"))),
  };
}

/** `OAuth realm="x", oauth_consumer_key="a%20b", ...` → decoded pairs, realm left out. */
function parseAuthorization(value: string | undefined): [string, string][] {
  if (!value?.startsWith("OAuth ")) return [];
  const pairs: [string, string][] = [];
  for (const match of value.slice(6).matchAll(/([^\s=,]+)="([^"]*)"/g)) {
    const key = decodeURIComponent(match[1] as string);
    if (key !== "realm") pairs.push([key, decodeURIComponent(match[2] as string)]);
  }
  return pairs;
}

function signatureValid(
  client: OAuth1TestClient,
  httpMethod: string,
  baseUri: string,
  params: ParamMap,
  signature: string,
  tokenSecret: string,
): boolean {
  if (client.signatureMethod === "RSA-SHA1") {
    const base = oauthSign.generateBase(httpMethod, baseUri, params);
    return createVerify("RSA-SHA1")
      .update(base)
      .verify(client.publicKey as KeyObject | string, signature, "base64");
  }
  const expected = oauthSign.sign(
    client.signatureMethod,
    httpMethod,
    baseUri,
    params,
    client.secret ?? "",
    tokenSecret,
  );
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

function add(map: ParamMap, key: string, value: string): void {
  const existing = map[key];
  map[key] = existing === undefined ? value : [existing, value].flat();
}

function toMap(pairs: [string, string][]): ParamMap {
  const map: ParamMap = {};
  for (const [key, value] of pairs) add(map, key, value);
  return map;
}

function flat(map: ParamMap): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, [value].flat().join(",")]));
}

function random(): string {
  return randomBytes(16).toString("hex");
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type }).end(body);
}

function sendForm(res: ServerResponse, status: number, fields: Record<string, string>): void {
  send(res, status, "application/x-www-form-urlencoded", new URLSearchParams(fields).toString());
}
