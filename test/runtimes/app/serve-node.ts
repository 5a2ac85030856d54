// Serves the runtime app on Node, 127.0.0.1:$PORT: APP_KIND picks dance.fetch or Hono (on @hono/node-server),
// Express or Koa. Bundled as ESM and as CommonJS for the packed-tarball checks.
import { createServer, type RequestListener } from "node:http";
import { serve } from "@hono/node-server";
import { expressApp, koaApp } from "./node-apps.js";
import { type AppKind, createRuntimeApp, createRuntimeDance, type RuntimeEnv } from "./runtime-app.js";

const env = process.env as unknown as RuntimeEnv & { PORT: string; APP_KIND: AppKind };
const hostname = "127.0.0.1";
const port = Number(env.PORT);
const listening = () => console.log(`listening on http://${hostname}:${port}`);

if (env.APP_KIND === "express" || env.APP_KIND === "koa") {
  const dance = createRuntimeDance(env);
  const listener: RequestListener = env.APP_KIND === "express" ? expressApp(dance) : koaApp(dance);
  createServer(listener).listen(port, hostname, listening);
} else {
  const app = createRuntimeApp(env.APP_KIND);
  serve({ hostname, port, fetch: (request) => app(request, env) }, listening);
}
