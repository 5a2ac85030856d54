// Reading a node:http answer into a Response, within a size limit: the body, its encoding, its headers.
import type { IncomingMessage } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { BufferedResponse } from "./buffered-response.js";

/** Statuses whose answer has no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** The whole body, failing as soon as it is larger than `maxBytes` (declared or counted). */
export function readBody(
  res: IncomingMessage,
  url: string,
  maxBytes: number,
  tooLarge: (url: string) => Error,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(res.headers["content-length"] ?? 0) > maxBytes) {
      reject(tooLarge(url));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    res.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        reject(tooLarge(url));
      } else {
        chunks.push(chunk);
      }
    });
    res.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)));
    res.on("error", reject);
    res.on("close", () => {
      if (!res.complete) reject(new Error("the connection closed before the answer was complete"));
    });
  });
}

export function toResponse(
  res: IncomingMessage,
  raw: Buffer,
  url: string,
  maxBytes: number,
  tooLarge: (url: string) => Error,
): Response {
  const headers = new Headers();
  const rawHeaders = res.rawHeaders;
  for (let i = 0; i < rawHeaders.length; i += 2)
    headers.append(rawHeaders[i] as string, rawHeaders[i + 1] as string);
  const status = res.statusCode ?? 0;
  const bytes = NULL_BODY.has(status) ? null : decode(raw, headers, url, maxBytes, tooLarge);
  // Node's Buffers sit on plain ArrayBuffers; the DOM typings ask for that to be spelled out.
  const body =
    bytes && (new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>);
  return new BufferedResponse(body, { status, statusText: res.statusMessage ?? "", headers, url });
}

/** Undoes a Content-Encoding the server chose anyway (none is asked for), within the same size limit. */
function decode(
  raw: Buffer,
  headers: Headers,
  url: string,
  maxBytes: number,
  tooLarge: (url: string) => Error,
): Buffer {
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  if (!encoding || encoding === "identity") return raw;
  const decoders: Record<string, (input: Buffer, options: { maxOutputLength: number }) => Buffer> = {
    gzip: gunzipSync,
    "x-gzip": gunzipSync,
    deflate: inflateSync,
    br: brotliDecompressSync,
  };
  const decoder = decoders[encoding];
  if (!decoder) throw new TypeError("fetch failed", { cause: new Error(`unsupported encoding ${encoding}`) });
  try {
    const decoded = decoder(raw, { maxOutputLength: maxBytes });
    headers.delete("content-encoding");
    headers.delete("content-length");
    return decoded;
  } catch (cause) {
    if ((cause as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(url);
    throw new TypeError("fetch failed", { cause });
  }
}
