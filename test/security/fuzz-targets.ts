// The same small app on each adapter, dancing with the fake provider, and a raw way to send it any request.
import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createDance,
  type Dance,
  type Handles,
  oauth2,
  SessionStorage,
  type Token,
  type TokenContext,
  type TokenStorage,
} from "@oauth-dance/core";
import { type FakeProvider, fakeProvider } from "@oauth-dance/core/testing";
import { oauthDance as expressDance } from "@oauth-dance/express";
import { oauthDance as fastifyDance } from "@oauth-dance/fastify";
import { oauthDance as honoDance } from "@oauth-dance/hono";
import { oauthDance as koaDance } from "@oauth-dance/koa";
import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import Koa from "koa";

export const FUZZ_SECRET = "fuzz-secret-that-is-at-least-32-characters";
const CLIENT = { clientId: "fuzz-app", clientSecret: "fuzz-secret" };

/**
 * The provider every target dances with: the public fake, told the client, so its token endpoint is as strict as a
 * real one's: each code once, for its client, with the exact redirect_uri and the PKCE verifier of its challenge.
 */
function strictProvider(): FakeProvider {
  return fakeProvider(CLIENT);
}

/** A request as it leaves a client that does not care about the rules: any method, path, header or body. */
export interface RawRequest {
  method: string;
  /** Path and query, sent as is. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  location: string | undefined;
  setCookies: string[];
  body: string;
}

/** Counts every token the dance stores, so a case can tell whether it stored one. */
export class RecordingStorage implements TokenStorage {
  readonly stored: Token[] = [];
  readonly #inner = new SessionStorage();
  get(ctx: TokenContext) {
    return this.#inner.get(ctx);
  }
  async set(ctx: TokenContext, token: Token) {
    await this.#inner.set(ctx, token);
    this.stored.push(token);
  }
  delete(ctx: TokenContext) {
    return this.#inner.delete(ctx);
  }
}

export interface FuzzTarget {
  /** The adapter's name. */
  name: string;
  provider: FakeProvider;
  storage: RecordingStorage;
  send(request: RawRequest): Promise<RawResponse>;
  close(): Promise<void>;
}

/** The dance every target mounts: "corp" returns with a query, "post" with a form POST (response_mode=form_post). */
export function fuzzDance(provider: FakeProvider, storage: TokenStorage): Dance {
  const common = {
    ...CLIENT,
    authorizationUrl: provider.endpoints.authorizationUrl,
    tokenUrl: provider.endpoints.tokenUrl,
    scope: ["read"],
  };
  return createDance({
    secret: FUZZ_SECRET,
    storage,
    fetch: provider.fetch,
    providers: {
      corp: oauth2(common),
      post: oauth2({ ...common, responseMode: "form_post" }),
    },
  });
}

/** An app route that reads every handle method a page would: a tampered cookie must not make it throw. */
async function whoAmI(oauth: Handles): Promise<unknown> {
  const corp = oauth.corp;
  if (!corp) return null;
  return {
    authorized: await corp.authorized(),
    token: Boolean(await corp.token()),
    error: await corp.takeError(),
  };
}

export async function expressTarget(): Promise<FuzzTarget> {
  const provider = strictProvider();
  const storage = new RecordingStorage();
  const app = express();
  app.use(expressDance(fuzzDance(provider, storage), { trustProxy: true }));
  app.get("/me", async (req, res) => {
    res.json(await whoAmI(req.oauth));
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return socketTarget("Express", provider, storage, server);
}

export async function koaTarget(): Promise<FuzzTarget> {
  const provider = strictProvider();
  const storage = new RecordingStorage();
  const app = new Koa();
  app.proxy = true;
  app.use(koaDance(fuzzDance(provider, storage)));
  app.use(async (ctx) => {
    // Not `ctx.path`: Koa parses it with Node's legacy url.parse, which throws on targets like `//%@#`, a 500 of
    // Koa's own that would hide the adapter's answers.
    if (ctx.url.split("?")[0] === "/me" && ctx.method === "GET") ctx.body = await whoAmI(ctx.state.oauth);
  });
  // Koa logs every error it turns into a 5xx; the test counts those itself.
  app.silent = true;
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return socketTarget("Koa", provider, storage, server);
}

export async function fastifyTarget(): Promise<FuzzTarget> {
  const provider = strictProvider();
  const storage = new RecordingStorage();
  // Requests Node's parser refuses (a header too large) never reach the adapter. Fastify's default answer to them
  // writes a JSON body even to a HEAD and keeps quiet about closing the connection, which a raw client then
  // misreads; this one answers them as Node itself does.
  const app = Fastify({
    trustProxy: true,
    clientErrorHandler: (error, socket) => {
      const status =
        (error as { code?: string }).code === "HPE_HEADER_OVERFLOW"
          ? "431 Request Header Fields Too Large"
          : "400 Bad Request";
      if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      else socket.destroy();
    },
  });
  await app.register(fastifyDance(fuzzDance(provider, storage)));
  app.get("/me", async (request) => whoAmI(request.oauth));
  await app.listen({ port: 0, host: "127.0.0.1" });
  return socketTarget("Fastify", provider, storage, app.server);
}

/** Hono in memory through `app.request()`: the cheapest way to throw many requests at the adapter. */
export async function honoTarget(): Promise<FuzzTarget> {
  const provider = strictProvider();
  const storage = new RecordingStorage();
  const app = honoApp(provider, storage);
  return {
    name: "Hono",
    provider,
    storage,
    async send(request) {
      // A server builds the URL from the Host header; one no URL can be made of never reaches the app.
      const asked = URL.parse(`http://${request.headers.host ?? "app.test"}${request.path}`);
      const url = asked && !asked.username && !asked.password ? asked.href : `http://app.test${request.path}`;
      const hasBody = request.body !== undefined && request.method !== "GET" && request.method !== "HEAD";
      const response = await app.request(url, {
        method: request.method,
        headers: request.headers,
        ...(hasBody ? { body: request.body } : {}),
      });
      return {
        status: response.status,
        location: response.headers.get("location") ?? undefined,
        setCookies: response.headers.getSetCookie(),
        body: await response.text(),
      };
    },
    async close() {},
  };
}

function honoApp(provider: FakeProvider, storage: RecordingStorage): Hono {
  const app = new Hono();
  app.use(honoDance(fuzzDance(provider, storage), { trustProxy: true }));
  app.get("/me", async (c) => c.json(await whoAmI(c.var.oauth)));
  return app;
}

function socketTarget(
  name: string,
  provider: FakeProvider,
  storage: RecordingStorage,
  server: import("node:http").Server,
): FuzzTarget {
  const { port } = server.address() as AddressInfo;
  // One kept-alive connection: cases run one after another, and a new connection per case would dominate.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    name,
    provider,
    storage,
    send: (request) => sendRaw(port, agent, request),
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Sends one raw request on the kept-alive connection. A server may close that connection after an error answer
 * without saying so (Fastify answers a 431 that way); a request that then finds the reused socket closed before
 * any answer is sent once more on a new one, as Node's documentation advises and browsers do.
 */
async function sendRaw(port: number, agent: Agent, request: RawRequest): Promise<RawResponse> {
  try {
    return await sendOnce(port, agent, request);
  } catch (error) {
    if (
      (error as { reusedSocket?: boolean }).reusedSocket &&
      (error as { code?: string }).code === "ECONNRESET"
    )
      return sendOnce(port, agent, request);
    throw error;
  }
}

function sendOnce(port: number, agent: Agent, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: "127.0.0.1",
        port,
        agent,
        method: request.method,
        path: request.path,
        // Node frames a DELETE or OPTIONS body only when told its length.
        headers:
          request.body === undefined
            ? request.headers
            : { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) },
        // The fuzzer sends what no well-behaved client would; Node's own client-side checks must not stop it.
        insecureHTTPParser: true,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            setCookies: setCookiesOf(response.headers),
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", (error) => reject(Object.assign(error, { reusedSocket: outgoing.reusedSocket })));
    outgoing.end(request.body);
  });
}

function setCookiesOf(headers: IncomingHttpHeaders): string[] {
  return headers["set-cookie"] ?? [];
}
