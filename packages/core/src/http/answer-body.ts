// Answers whose body was read whole before their Response was built (the Node fast path for provider calls): a
// reader can look at the bytes without consuming the Response, and pass the Response on unread.
const bodies = new WeakMap<Response, Uint8Array>();

/** Records the bytes a Response was built from. */
export function rememberBody(response: Response, bytes: Uint8Array): void {
  bodies.set(response, bytes);
}

/** The bytes of a Response built by `rememberBody`'s caller, or undefined (read the Response itself then). */
export function peekBody(response: Response): Uint8Array | undefined {
  return response.bodyUsed ? undefined : bodies.get(response);
}
