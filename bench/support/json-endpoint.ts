// A tiny JSON API for benchmarks, in its own process: answers 200 to the bench bearer token, 401 otherwise.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const server = createServer((req, res) => {
  res.writeHead(req.headers.authorization === "Bearer bench-token" ? 200 : 401, {
    "content-type": "application/json",
  });
  res.end('{"id":1,"login":"alice"}');
});
server.listen(0, "127.0.0.1", () => process.send?.((server.address() as AddressInfo).port));
