// What the core answers: a redirect, a full response, or "not mine" (pass), with the Set-Cookie values to send.

export type DanceResult =
  | { type: "redirect"; status: 302 | 303; location: string; cookies: string[] }
  | { type: "response"; status: number; headers: Record<string, string>; body: string; cookies: string[] }
  | { type: "pass" };

/** A response a hook can return instead of the default redirect: a plain object or a Web `Response`. */
export type DanceResponse = Response | { status?: number; headers?: Record<string, string>; body?: string };

export const PASS: DanceResult = Object.freeze({ type: "pass" });

export function redirectResult(location: string, cookies: string[]): DanceResult {
  return { type: "redirect", status: 302, location, cookies };
}

/** Whether a hook's return value is a response to answer with. */
export function isDanceResponse(value: unknown): value is DanceResponse {
  if (value instanceof Response) return true;
  return typeof value === "object" && value !== null && ("status" in value || "body" in value);
}

/** Turns a hook's response into a result, keeping the cookies the dance already produced. */
export async function responseResult(response: DanceResponse, cookies: string[]): Promise<DanceResult> {
  if (response instanceof Response) {
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== "set-cookie") headers[name] = value;
    });
    const own = response.headers.getSetCookie?.() ?? [];
    return {
      type: "response",
      status: response.status,
      headers,
      body: await response.text(),
      cookies: [...cookies, ...own],
    };
  }
  return {
    type: "response",
    status: response.status ?? 200,
    headers: { ...response.headers },
    body: response.body ?? "",
    cookies,
  };
}
