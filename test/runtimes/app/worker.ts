// The runtime app as a Workers module: secrets and settings arrive as `env` bindings, as on Cloudflare.
import { type AppKind, createRuntimeApp, type RuntimeEnv } from "./runtime-app.js";

const apps = new Map<AppKind, ReturnType<typeof createRuntimeApp>>();

export default {
  fetch(request: Request, env: RuntimeEnv & { APP_KIND: AppKind }): Promise<Response> {
    let app = apps.get(env.APP_KIND);
    if (!app) {
      app = createRuntimeApp(env.APP_KIND);
      apps.set(env.APP_KIND, app);
    }
    return app(request, env);
  },
};
