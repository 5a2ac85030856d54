// A tiny Map-based storage adapter for oidc-provider, one store per server.
import type { Adapter, AdapterPayload } from "oidc-provider";

interface Entry {
  payload: AdapterPayload;
  expiresAt: number; // epoch ms, Infinity when oidc-provider gives no lifetime
}

/** One server's storage: the adapter factory oidc-provider takes, and a control for tests. */
export interface MemoryStore {
  adapter: (model: string) => Adapter;
  /** Forgets every stored entry of a model now, as if each had reached the end of its lifetime. */
  expireAll(model: string): void;
}

/**
 * oidc-provider's built-in memory adapter prints a "development-only" warning, and it
 * shares one store per process; ours is silent and private to each server.
 */
export function createMemoryStore(): MemoryStore {
  const entries = new Map<string, Entry>(); // "Model:id" -> entry
  const byUid = new Map<string, string>(); // Session uid -> session id
  const byUserCode = new Map<string, string>(); // device flow user code -> id
  const byGrant = new Map<string, Set<string>>(); // grantId -> "Model:id" keys, for revocation

  function read(key: string): AdapterPayload | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  const adapter = (model: string): Adapter => {
    const keyFor = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const key = keyFor(id);
        const expiresAt =
          typeof expiresIn === "number" ? Date.now() + expiresIn * 1000 : Number.POSITIVE_INFINITY;
        entries.set(key, { payload, expiresAt });
        if (model === "Session" && payload.uid) byUid.set(payload.uid, id);
        if (payload.userCode) byUserCode.set(payload.userCode, id);
        if (payload.grantId) {
          const keys = byGrant.get(payload.grantId) ?? new Set<string>();
          keys.add(key);
          byGrant.set(payload.grantId, keys);
        }
      },
      async find(id) {
        return read(keyFor(id));
      },
      async findByUid(uid) {
        const id = byUid.get(uid);
        return id === undefined ? undefined : read(keyFor(id));
      },
      async findByUserCode(userCode) {
        const id = byUserCode.get(userCode);
        return id === undefined ? undefined : read(keyFor(id));
      },
      async consume(id) {
        const payload = read(keyFor(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        entries.delete(keyFor(id));
      },
      async revokeByGrantId(grantId) {
        for (const key of byGrant.get(grantId) ?? []) entries.delete(key);
        byGrant.delete(grantId);
      },
    };
  };

  function expireAll(model: string): void {
    for (const key of entries.keys()) if (key.startsWith(`${model}:`)) entries.delete(key);
  }

  return { adapter, expireAll };
}
