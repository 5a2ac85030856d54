// A Response built from a body already read whole: its bytes can be looked at without consuming it.

/**
 * What the Node transport answers provider calls with (it reads each answer whole, within its size limit). A
 * reader that only needs to look (the token answer's quirks) peeks at the bytes and passes the Response on
 * unread, instead of reading it and building another.
 */
export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array<ArrayBuffer> | null;

  constructor(bytes: Uint8Array<ArrayBuffer> | null, init: ResponseInit & { url: string }) {
    super(bytes, init);
    this.#bytes = bytes;
    // A constructed Response has no URL; openid-client may read it, as it would from fetch.
    Object.defineProperty(this, "url", { value: init.url });
  }

  /** The body's bytes while the body is unread; undefined once it was read (read the Response itself then). */
  peek(): Uint8Array | undefined {
    return this.bodyUsed || this.#bytes === null ? undefined : this.#bytes;
  }
}

/** The bytes of a response that is a `BufferedResponse` and still unread, else undefined. */
export function peekBody(response: Response): Uint8Array | undefined {
  return response instanceof BufferedResponse ? response.peek() : undefined;
}
