// `fromConfig`: option values read on each request from the adapter's config source (process.env, Hono's c.env).

/** Where `fromConfig` reads from: a flat record like process.env, or nested objects reached by dot paths. */
export type ConfigSource = Readonly<Record<string, unknown>>;

/** Reads a key; `a.b` is tried as one flat key first, then as a path into nested objects. */
export function readConfigValue(source: ConfigSource | undefined, key: string): unknown {
  if (!source) return undefined;
  if (key in source) return source[key];
  let value: unknown = source;
  for (const part of key.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The values `fromConfig` finds this request, by option path. Only truthy values count (as in Flask-Dance). */
export function readFromConfig(
  fromConfig: Readonly<Record<string, string>> | undefined,
  source: ConfigSource | undefined,
): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  if (!fromConfig) return found;
  for (const [optionPath, configKey] of Object.entries(fromConfig)) {
    const value = readConfigValue(source, configKey);
    if (value) found[optionPath] = value;
  }
  return found;
}

/** A copy of `options` with each found value written at its (dot) path. */
export function applyConfigValues<T extends object>(options: T, values: Record<string, unknown>): T {
  const copy = copyPlain(options) as Record<string, unknown>;
  for (const [optionPath, value] of Object.entries(values)) {
    const parts = optionPath.split(".");
    const last = parts.pop() as string;
    let target = copy;
    for (const part of parts) {
      const next = target[part];
      target[part] = typeof next === "object" && next !== null ? { ...next } : {};
      target = target[part] as Record<string, unknown>;
    }
    target[last] = value;
  }
  return copy as T;
}

/**
 * A deep copy of plain objects and arrays. Anything else (a store such as `register.store`) is the app's own
 * object, shared as it is: a clone would lose its methods and its connection.
 */
function copyPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyPlain);
  if (typeof value !== "object" || value === null) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyPlain(item)]));
}
