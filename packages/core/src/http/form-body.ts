// Reading a `form_post` callback's body, bounded, from whatever the server hands over: a Web stream or a Node request.

/** A callback form holds a code, a state, an issuer and at most an ID token: far below this. */
export const MAX_FORM_BYTES = 64 * 1024;

/** A body as servers expose it: a Web `ReadableStream`, or an async iterable such as Node's `IncomingMessage`. */
export type FormBodySource =
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | null
  | undefined;

/**
 * Reads an `application/x-www-form-urlencoded` body. A body a framework's parser already read (`req.body`) is used
 * as is when it holds fields; otherwise the stream is read, up to `maxBytes`.
 *
 * @throws RangeError when the body is longer than `maxBytes` (the core then treats the callback as unmatched).
 * @example readForm: () => readFormBody(req, req.body)
 */
export async function readFormBody(
  body: FormBodySource,
  parsed?: unknown,
  maxBytes = MAX_FORM_BYTES,
): Promise<URLSearchParams> {
  const fields = parsedFields(parsed);
  if (fields) return fields;
  if (!body) return new URLSearchParams();
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  for await (const chunk of chunksOf(body)) {
    bytes += typeof chunk === "string" ? chunk.length : chunk.byteLength;
    if (bytes > maxBytes) throw new RangeError(`The form body is larger than ${maxBytes} bytes`);
    text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  return new URLSearchParams(text + decoder.decode());
}

/** Fields a body parser left on the request, when it left any. */
function parsedFields(parsed: unknown): URLSearchParams | undefined {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed).filter(([, value]) => typeof value === "string");
  return entries.length > 0 ? new URLSearchParams(entries as [string, string][]) : undefined;
}

async function* chunksOf(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>) {
  if (!("getReader" in body)) {
    yield* body;
    return;
  }
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stops the download when reading ends early (too large).
    await reader.cancel().catch(() => undefined);
  }
}
