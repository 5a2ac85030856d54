// How many bytes of cookies one sealed value may cost, and the error when it would cost more.

/**
 * A value would need more cookie bytes than its budget. Thrown before anything is written, so the session is left
 * as it was.
 */
export class CookieBudgetError extends Error {
  override readonly name = "CookieBudgetError";
  /** What the value's Set-Cookie lines would have weighed. */
  readonly bytes: number;
  readonly limit: number;

  constructor(bytes: number, limit: number) {
    super(`The value needs ${bytes} bytes of cookies, more than the ${limit} allowed`);
    this.bytes = bytes;
    this.limit = limit;
  }
}

/** The bytes a set of Set-Cookie lines weighs on the wire (an upper bound on what the browser sends back). */
export function setCookieBytes(lines: readonly string[]): number {
  let total = 0;
  for (const line of lines) total += line.length;
  return total;
}
