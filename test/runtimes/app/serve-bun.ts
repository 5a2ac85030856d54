// Serves the runtime app with Bun.serve on 127.0.0.1:$PORT; APP_KIND picks dance.fetch or Hono.
import { type AppKind, createRuntimeApp, type RuntimeEnv } from "./runtime-app.js";

declare const Bun: {
  serve(options: { hostname: string; port: number; fetch(request: Request): Promise<Response> }): {
    url: URL;
  };
};
declare const process: { env: RuntimeEnv & { PORT: string; APP_KIND: AppKind } };

const app = createRuntimeApp(process.env.APP_KIND);
const server = Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  fetch: (request) => app(request, process.env),
});
console.log(`listening on ${server.url.origin}`);
