// A token endpoint and a JSON API for benchmarks, in their own process: POST /token answers a bearer token,
// GET /user answers 200 to that token and 401 otherwise. Sends its port to the parent when listening.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const TOKEN = JSON.stringify({ access_token: "bench-token", token_type: "bearer", scope: "read:user" });
const USER = JSON.stringify({ id: 1, login: "alice" });

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    // With a Content-Length, as small JSON answers usually are.
    if (req.method === "POST" && req.url === "/token") {
      res.setHeader("cache-control", "no-store");
      send(res, 200, TOKEN);
    } else {
      const ok = req.headers.authorization?.toLowerCase() === "bearer bench-token";
      send(res, ok ? 200 : 401, ok ? USER : "{}");
    }
  });
});
server.keepAliveTimeout = 60_000;

function send(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(body);
}
server.listen(0, "127.0.0.1", () => process.send?.((server.address() as AddressInfo).port));
