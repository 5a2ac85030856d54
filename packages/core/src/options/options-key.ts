// A key that is equal for equal options: how providers chosen per request find the client prepared for them.

/** Ids for values that cannot be written out (functions, class instances such as a store or a key). */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;

function identityOf(value: object): string {
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(value, id);
  }
  return `#${id}`;
}

/**
 * JSON with every plain object's keys sorted, so equal values give equal text whatever order they were built in.
 * `other` writes what is neither plain data nor an array (a function, a class instance); default: as JSON would.
 */
export function stableJson(value: unknown, other: (item: object) => unknown = (item) => item): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === "function") return other(item);
    if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
    const prototype = Object.getPrototypeOf(item);
    if (prototype !== Object.prototype && prototype !== null) return other(item);
    const record = item as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    );
  });
}

/**
 * The options written out with their keys sorted, so the same options built in another order give the same key.
 * Plain objects and arrays are compared by content; anything else (a function, a store, a `KeyObject`) by
 * identity, so two different stores never share a client.
 */
export function optionsKey(value: unknown): string {
  return stableJson(value, identityOf);
}
