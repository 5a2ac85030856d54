// Serves the runtime app with Deno.serve on 127.0.0.1:$PORT; APP_KIND picks dance.fetch or Hono.
import { type AppKind, createRuntimeApp, type RuntimeEnv } from "./runtime-app.js";

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(
    options: { hostname: string; port: number; onListen(address: { hostname: string; port: number }): void },
    handler: (request: Request) => Promise<Response>,
  ): unknown;
};

const env = Deno.env.toObject() as unknown as RuntimeEnv & { PORT: string; APP_KIND: AppKind };
const app = createRuntimeApp(env.APP_KIND);
Deno.serve(
  {
    hostname: "127.0.0.1",
    port: Number(env.PORT),
    onListen: ({ hostname, port }) => console.log(`listening on http://${hostname}:${port}`),
  },
  (request) => app(request, env),
);
