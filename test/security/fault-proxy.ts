// A proxy on 127.0.0.1 in front of a provider that misbehaves on command: error statuses, HTML, silence, dropped sockets.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How the proxy answers a path it was told to break. */
export type Fault =
  | "status_500"
  | "invalid_grant"
  | "html"
  | "empty"
  | "hang"
  | "drop"
  | "huge"
  | { unavailableTimes: number }
  | { padTokenWith: number }
  /** The provider's JSON answer, with these fields added (what a malicious provider can put in a token). */
  | { addToAnswer: Record<string, unknown> }
  /** This answer instead of the provider's. */
  | { answer: { status: number; headers?: Record<string, string>; body?: string } };

export interface FaultProxy {
  url: string;
  /** Breaks requests whose path starts with `path` (until `heal`). */
  fail(path: string, fault: Fault): void;
  heal(): void;
  /** Requests seen, by path. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

/** Two mebibytes: larger than the default limit on what is read from a provider. */
const HUGE_BYTES = 2 * 1024 * 1024;

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const faults = new Map<string, Fault>();
  const hits = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://proxy").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const entry = [...faults].find(([prefix]) => path.startsWith(prefix));
    if (!entry) return forward(target, req, res);
    const [prefix, fault] = entry;
    if (typeof fault === "object" && "padTokenWith" in fault)
      return forward(target, req, res, { padding: "p".repeat(fault.padTokenWith) });
    if (typeof fault === "object" && "addToAnswer" in fault)
      return forward(target, req, res, fault.addToAnswer);
    if (typeof fault === "object" && "answer" in fault) {
      req.resume();
      const { status, headers = {}, body = "" } = fault.answer;
      res.writeHead(status, headers).end(body);
      return;
    }
    if (typeof fault === "object") {
      if (fault.unavailableTimes <= 0) return forward(target, req, res);
      faults.set(prefix, { unavailableTimes: fault.unavailableTimes - 1 });
      res.writeHead(503, { "content-type": "text/plain", "retry-after": "0" }).end("try again");
      return;
    }
    req.resume();
    switch (fault) {
      case "status_500":
        res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
        return;
      case "invalid_grant":
        res
          .writeHead(400, { "content-type": "application/json" })
          .end(JSON.stringify({ error: "invalid_grant", error_description: "grant request is invalid" }));
        return;
      case "html":
        res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><h1>Maintenance</h1>");
        return;
      case "empty":
        res.writeHead(200, { "content-type": "application/json", "content-length": "0" }).end();
        return;
      case "hang":
        hanging.add(res);
        return;
      case "drop":
        req.socket.destroy();
        return;
      case "huge":
        streamHuge(res);
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    fail: (path, fault) => faults.set(path, fault),
    heal: () => faults.clear(),
    hits,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A JSON answer with no Content-Length, larger than any limit, written only as fast as the client reads. */
function streamHuge(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json" });
  res.write('{"access_token":"');
  let sent = 0;
  const chunk = "a".repeat(64 * 1024);
  const pump = () => {
    while (sent < HUGE_BYTES) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    res.end('","token_type":"bearer"}');
  };
  res.on("close", () => {
    sent = HUGE_BYTES;
  });
  pump();
}

/** Passes the request on; with `extra`, a JSON answer gets those fields too. */
function forward(
  target: string,
  req: IncomingMessage,
  res: ServerResponse,
  extra?: Record<string, unknown>,
): void {
  const upstream = httpRequest(
    new URL(req.url ?? "/", target),
    { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
    (answer) => {
      if (extra === undefined) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        const json = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
        Object.assign(json, extra);
        res
          .writeHead(answer.statusCode ?? 502, { "content-type": "application/json" })
          .end(JSON.stringify(json));
      });
    },
  );
  upstream.on("error", () => res.destroy());
  req.pipe(upstream);
}
