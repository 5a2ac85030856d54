// Serves a Web fetch handler over real HTTP on 127.0.0.1, for tests (node:http is loaded at run time: the core has no Node typings).

/** The slice of node:http this file uses. */
interface NodeHttp {
  createServer(listener: (req: NodeRequest, res: NodeResponse) => void): NodeServer;
}
interface NodeRequest extends AsyncIterable<Uint8Array> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}
interface NodeResponse {
  writeHead(status: number, headers: Record<string, string>): void;
  end(body?: Uint8Array): void;
}
interface NodeServer {
  listen(port: number, host: string, callback: () => void): void;
  address(): { port: number } | string | null;
  close(callback: () => void): void;
  closeAllConnections?(): void;
}

/** A running loopback server. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

const NODE_HTTP = "node:http";

/** Starts `handler` on 127.0.0.1 on a free port. */
export async function serveOnLoopback(
  handler: (request: Request) => Promise<Response>,
): Promise<LoopbackServer> {
  const http = (await import(/* @vite-ignore */ NODE_HTTP)) as NodeHttp;
  const server = http.createServer((req, res) => {
    void answer(req, res, handler);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

async function answer(req: NodeRequest, res: NodeResponse, handler: (request: Request) => Promise<Response>) {
  try {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(chunk);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const method = req.method ?? "GET";
    const body = chunks.length && method !== "GET" && method !== "HEAD" ? concat(chunks) : null;
    const response = await handler(
      new Request(`http://${headers.get("host") ?? "127.0.0.1"}${req.url ?? "/"}`, { method, headers, body }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(new TextEncoder().encode(String(error)));
  }
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
