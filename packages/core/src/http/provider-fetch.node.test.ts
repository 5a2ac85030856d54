import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { limitResponseSize } from "./limited-fetch.js";
import { fastFetch as webFastFetch } from "./provider-fetch.js";
import { fastFetch } from "./provider-fetch.node.js";

/** Bun and Deno also run Node's API (these tests run there too), but keep their own fetch for provider calls. */
const onNode = !("Bun" in globalThis) && !("Deno" in globalThis);

class TooLarge extends Error {
  override readonly name = "ResponseTooLargeError";
}
const tooLarge = (url: string) => new TooLarge(url);
const MAX = 10_000;

let server: Server;
let base: string;
const seen: { method?: string | undefined; headers: IncomingMessage["headers"]; body: string }[] = [];

const routes: Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => void> = {
  "/token": (_req, res, body) => {
    res.setHeader("set-cookie", ["a=1", "b=2"]);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ echoed: body }));
  },
  "/redirect": (_req, res) => res.writeHead(302, { location: "/elsewhere" }).end(),
  "/empty": (_req, res) => res.writeHead(204).end(),
  "/error": (_req, res) =>
    res.writeHead(400, { "content-type": "application/json" }).end('{"error":"invalid_grant"}'),
  "/huge-declared": (_req, res) =>
    res.writeHead(200, { "content-length": String(MAX + 1) }).end("x".repeat(MAX + 1)),
  "/huge-chunked": (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    for (let i = 0; i < 20; i++) res.write("x".repeat(1000));
    res.end();
  },
  "/gzip": (_req, res) =>
    res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(JSON.stringify({ ok: true }))),
  "/gzip-bomb": (_req, res) =>
    res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(MAX * 100))),
  "/hang": () => undefined,
  "/drop": (req) => req.socket.destroy(),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => {
      seen.push({ method: req.method, headers: req.headers, body });
      routes[new URL(req.url ?? "/", "http://x").pathname]?.(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** What openid-client passes to fetch. */
const protocolInit = (init: RequestInit = {}): RequestInit => ({
  redirect: "manual",
  method: "GET",
  ...init,
});
const send = (path: string, init?: RequestInit) =>
  fastFetch(`${base}${path}`, protocolInit(init), MAX, tooLarge) as Promise<Response>;

describe("provider calls over node:http", () => {
  it("sends a form POST as fetch does and reads the answer as fetch would", async () => {
    const form = new URLSearchParams({ grant_type: "authorization_code", code: "c d" });
    const init = protocolInit({ method: "POST", body: form, headers: { authorization: "Basic eDp5" } });
    const fast = await send("/token", init);
    const viaFetch = await fetch(`${base}/token`, init);
    for (const response of [fast, viaFetch]) {
      expect(response.status).toBe(200);
      expect(response.url).toBe(`${base}/token`);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    }
    expect(await fast.json()).toEqual(await viaFetch.json());
    const [ours, theirs] = seen.slice(-2);
    expect(ours?.body).toBe(theirs?.body);
    // Node's fetch says "node"; Bun's and Deno's fetch name themselves.
    for (const name of [
      "content-type",
      "content-length",
      "authorization",
      "accept",
      ...(onNode ? ["user-agent"] : []),
    ]) {
      expect(ours?.headers[name], name).toBe(theirs?.headers[name]);
    }
  });

  it("does not follow redirects, gives statuses and bodies as they are", async () => {
    const redirect = await send("/redirect");
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("/elsewhere");
    expect((await send("/empty")).status).toBe(204);
    const error = await send("/error");
    expect(error.status).toBe(400);
    expect(await error.json()).toEqual({ error: "invalid_grant" });
  });

  it("undoes gzip, within the size limit", async () => {
    expect(await (await send("/gzip")).json()).toEqual({ ok: true });
    await expect(send("/gzip-bomb")).rejects.toBeInstanceOf(TooLarge);
  });

  it("stops at the size limit, declared or counted", async () => {
    await expect(send("/huge-declared")).rejects.toBeInstanceOf(TooLarge);
    await expect(send("/huge-chunked")).rejects.toBeInstanceOf(TooLarge);
  });

  it("rejects with the signal's reason on a timeout, and with fetch's TypeError on a dropped connection", async () => {
    const timeout = send("/hang", { signal: AbortSignal.timeout(100) });
    await expect(timeout).rejects.toMatchObject({ name: "TimeoutError" });
    const dropped = send("/drop");
    await expect(dropped).rejects.toBeInstanceOf(TypeError);
    await expect(dropped).rejects.toMatchObject({ message: "fetch failed" });
  });

  it("leaves to fetch what is not a plain protocol call", () => {
    const request = new Request(`${base}/token`);
    expect(fastFetch(request, { redirect: "manual" }, MAX, tooLarge)).toBeUndefined();
    expect(fastFetch(`${base}/token`, { redirect: "follow" }, MAX, tooLarge)).toBeUndefined();
    expect(fastFetch(`${base}/token`, undefined, MAX, tooLarge)).toBeUndefined();
    const stream = new ReadableStream();
    expect(
      fastFetch(`${base}/token`, protocolInit({ method: "POST", body: stream }), MAX, tooLarge),
    ).toBeUndefined();
    expect(fastFetch("data:,hello", protocolInit(), MAX, tooLarge)).toBeUndefined();
  });

  it("abandons a call after its deadline, with the TimeoutError AbortSignal.timeout gives", async () => {
    // /hang never answers, so only the deadline can end the call.
    const hung = fastFetch(`${base}/hang`, protocolInit(), MAX, tooLarge, 100) as Promise<Response>;
    await expect(hung).rejects.toMatchObject({ name: "TimeoutError" });
    // A deadline that does not pass leaves the answer alone.
    const answered = fastFetch(`${base}/token`, protocolInit(), MAX, tooLarge, 5000) as Promise<Response>;
    expect((await answered).status).toBe(200);
  });

  it("gives calls without a signal of their own the protocol fetch's deadline, on either path", async () => {
    const limited = limitResponseSize(undefined, MAX, 100);
    await expect(limited(`${base}/hang`, protocolInit())).rejects.toMatchObject({ name: "TimeoutError" });
    const viaFetch = limitResponseSize((input, init) => fetch(input, init), MAX, 100);
    await expect(viaFetch(`${base}/hang`, protocolInit())).rejects.toMatchObject({ name: "TimeoutError" });
    // A caller's own signal wins over the deadline.
    const own = limited(`${base}/hang`, protocolInit({ signal: AbortSignal.abort(new Error("mine")) }));
    await expect(own).rejects.toThrow("mine");
  });

  it("leaves to fetch an app that replaced the global fetch", async () => {
    const stub = vi.fn(async () => Response.json({ stubbed: true }));
    vi.stubGlobal("fetch", stub);
    try {
      expect(fastFetch(`${base}/token`, protocolInit(), MAX, tooLarge)).toBeUndefined();
      const limited = limitResponseSize(undefined, MAX);
      expect(await (await limited(`${base}/token`, protocolInit())).json()).toEqual({ stubbed: true });
      expect(stub).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("leaves to fetch an app that set an undici dispatcher of its own (a proxy, a mock)", () => {
    const key = Symbol.for("undici.globalDispatcher.1");
    const globals = globalThis as Record<symbol, unknown>;
    const before = globals[key];
    class ProxyAgent {}
    globals[key] = new ProxyAgent();
    try {
      expect(fastFetch(`${base}/token`, protocolInit(), MAX, tooLarge)).toBeUndefined();
    } finally {
      globals[key] = before;
    }
  });
});

describe("#fetch", () => {
  it("loads the node:http version on Node, and the runtime's fetch on Bun and Deno", async () => {
    const chosen = await import("#fetch");
    expect(chosen.fastFetch).toBe(onNode ? fastFetch : webFastFetch);
  });
});
