// The demo on Fastify 5: Local ID, the dance and the page come from the demo kit.
import { createServer, type RequestListener } from "node:http";
import { fileURLToPath } from "node:url";
import { type Demo, type DemoOptions, startDemoKit } from "@oauth-dance/demo-kit";
import { oauthDance } from "@oauth-dance/fastify";
import Fastify from "fastify";

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const dataDir = fileURLToPath(new URL("../data/", import.meta.url));
  // The kit needs the listening server first; Fastify is handed it once the app is built.
  let listener: RequestListener = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => listener(req, res));
  const kit = await startDemoKit({ framework: "Fastify", server, dataDir, ...options });

  const app = Fastify({
    serverFactory: (handler) => {
      listener = handler;
      return server;
    },
  });
  app.setErrorHandler(async (_error, _request, reply) =>
    reply.code(500).type("text/html").send(kit.errorPage()),
  );
  // The page's buttons post empty forms; Fastify reads no form bodies of its own.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string" },
    (_request, body, done) => done(null, body),
  );
  app.addHook("onRequest", async (request, reply) => {
    const cookie = kit.newVisitorCookie(request.headers.cookie);
    if (cookie) reply.header("set-cookie", cookie);
  });
  await app.register(oauthDance(kit.dance, kit.adapterOptions)); // /login/:provider and /login/:provider/authorized

  const html = (reply: import("fastify").FastifyReply, body: string) => reply.type("text/html").send(body);
  app.get("/", async (request, reply) => html(reply, await kit.homePage(request.oauth, request.url)));
  app.post<{ Params: { provider: string } }>("/call/:provider", async (request, reply) => {
    const page = await kit.apiCallPage(request.oauth, request.params.provider);
    return page ? html(reply, page) : reply.callNotFound();
  });
  app.post<{ Params: { provider: string } }>("/expire/:provider", async (request, reply) =>
    reply.redirect(await kit.expire(request.oauth, request.params.provider), 303),
  );
  app.post<{ Params: { provider: string } }>("/logout/:provider", async (request, reply) =>
    reply.redirect(await kit.logout(request.oauth, request.params.provider), 303),
  );
  await app.ready();

  return kit;
}
