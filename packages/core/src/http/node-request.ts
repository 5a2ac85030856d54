// Building the core's `DanceRequest` from a Node `IncomingMessage`, for the adapters of Node servers (Express, Koa).
import { type FormBodySource, readFormBody } from "./form-body.js";
import { createDanceRequest, type DanceRequest, type HeaderValue } from "./request.js";

/** The parts of Node's `IncomingMessage` the dance reads (typed here, so the core needs no Node typings). */
export interface NodeRequestLike {
  method?: string | undefined;
  headers: Readonly<Record<string, HeaderValue>>;
  socket?: object | null | undefined;
}

export interface NodeRequestOptions {
  /** The path and query as the framework received it (Express `req.originalUrl`, Koa `ctx.originalUrl`). */
  url: string;
  /** Believe X-Forwarded-Proto / X-Forwarded-Host (only behind a proxy you run). */
  trustProxy: boolean;
  /** The app's public origin, when it cannot be read from the request. */
  baseUrl?: string | undefined;
  /** What a body parser that ran first left (`req.body`): a form_post callback reads its fields from there. */
  parsedBody?: (() => unknown) | undefined;
}

/**
 * The `DanceRequest` of a Node request: TLS from the socket, the form body of a POST read only when the core
 * needs it (a `form_post` callback), from the parser's fields or the stream itself.
 *
 * @example const request = danceRequestFromNode(req, { url: req.originalUrl, trustProxy: false, parsedBody: () => req.body });
 */
export function danceRequestFromNode(req: NodeRequestLike, options: NodeRequestOptions): DanceRequest {
  const method = req.method ?? "GET";
  return createDanceRequest({
    method,
    url: options.url,
    headers: req.headers,
    secure: Boolean((req.socket as { encrypted?: unknown } | null | undefined)?.encrypted),
    trustProxy: options.trustProxy,
    baseUrl: options.baseUrl,
    readForm:
      method.toUpperCase() === "POST"
        ? // A Node request is an async iterable of its body's chunks.
          () => readFormBody(req as unknown as FormBodySource, options.parsedBody?.())
        : undefined,
  });
}
