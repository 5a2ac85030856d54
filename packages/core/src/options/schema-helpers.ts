// Small zod pieces shared by the option schemas, and the one place zod issues become a DanceError.
import { z } from "zod";
import { DanceError } from "../errors.js";

export const httpUrl = z.string().refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
  message: "must be an absolute http(s) URL",
});

export const stringRecord = z.record(z.string(), z.string());

export const fromConfigSchema = z.record(
  z.string().regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/),
  z.string().min(1),
);

/** Parses with a schema; on failure throws `invalid_options` naming each bad option by its path. */
export function parseOptions<T>(schema: z.ZodType<T>, value: unknown, path: readonly (string | number)[]): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidOptions(problemsOf(result.error, path));
}

/** Each problem a value has against a schema, as `path.to.option: what is wrong` (none when it is valid). */
export function optionProblems(
  schema: z.ZodType,
  value: unknown,
  path: readonly (string | number)[],
): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : problemsOf(result.error, path);
}

/** The one error for bad options, listing every problem found. */
export function invalidOptions(problems: readonly string[]): DanceError {
  return new DanceError("invalid_options", `Invalid options: ${problems.join("; ")}`, { step: "options" });
}

function problemsOf(error: z.ZodError, path: readonly (string | number)[]): string[] {
  return error.issues.map((issue) => {
    const name = [...path, ...issue.path.map(String)].join(".") || "options";
    const missing =
      (issue.code === "invalid_type" || issue.code === "invalid_union") && issue.input === undefined;
    return `${name}: ${missing ? "Required" : issue.message}`;
  });
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Whether a URL may be called: https, or plain http on loopback (local development and tests). */
export function isSecureOrLoopback(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === "https:" || LOOPBACK_HOSTS.has(parsed.hostname);
}

/** Reports each provider endpoint that is plain http off loopback, unless the provider explicitly allows it. */
export function checkEndpointsSecure(
  options: Record<string, unknown> & { dangerouslyAllowInsecureHttp?: boolean | undefined },
  keys: readonly string[],
  ctx: z.RefinementCtx,
): void {
  if (options.dangerouslyAllowInsecureHttp) return;
  for (const key of keys) {
    const url = options[key];
    if (typeof url === "string" && URL.canParse(url) && !isSecureOrLoopback(url)) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: "must be https (plain http only on loopback, or with dangerouslyAllowInsecureHttp)",
      });
    }
  }
}
