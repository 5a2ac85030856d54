// The demo on Koa with @koa/router: Local ID, the dance and the page come from the demo kit.
import { createServer, type RequestListener } from "node:http";
import { fileURLToPath } from "node:url";
import Router from "@koa/router";
import { type Demo, type DemoOptions, startDemoKit } from "@oauth-dance/demo-kit";
import { oauthDance } from "@oauth-dance/koa";
import Koa from "koa";

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const app = new Koa();
  const dataDir = fileURLToPath(new URL("../data/", import.meta.url));
  // Koa composes its middleware when callback() runs, so the server calls it once everything is mounted.
  let listener: RequestListener = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => listener(req, res));
  const kit = await startDemoKit({ framework: "Koa", server, dataDir, ...options });

  app.use(async (ctx, next) => {
    try {
      await next();
    } catch {
      ctx.status = 500;
      ctx.type = "html";
      ctx.body = kit.errorPage();
    }
  });
  app.use(async (ctx, next) => {
    const cookie = kit.newVisitorCookie(ctx.get("cookie"));
    if (cookie) ctx.append("Set-Cookie", cookie);
    await next();
  });
  app.use(oauthDance(kit.dance, kit.adapterOptions)); // /login/:provider and /login/:provider/authorized

  const router = new Router();
  router.get("/", async (ctx) => {
    ctx.type = "html";
    ctx.body = await kit.homePage(ctx.state.oauth, ctx.url);
  });
  router.post("/call/:provider", async (ctx) => {
    const html = await kit.apiCallPage(ctx.state.oauth, ctx.params.provider ?? "");
    if (html) {
      ctx.type = "html";
      ctx.body = html;
    }
  });
  router.post("/expire/:provider", async (ctx) => {
    ctx.status = 303;
    ctx.redirect(await kit.expire(ctx.state.oauth, ctx.params.provider ?? ""));
  });
  router.post("/logout/:provider", async (ctx) => {
    ctx.status = 303;
    ctx.redirect(await kit.logout(ctx.state.oauth, ctx.params.provider ?? ""));
  });
  app.use(router.routes()).use(router.allowedMethods());
  listener = app.callback();

  return kit;
}
