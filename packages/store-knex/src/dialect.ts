// Which SQL database a knex instance talks to, and which of its errors are worth one more try.
import type { Knex } from "knex";

/** The three SQL families the store speaks; each has its own upsert and column types. */
export type Dialect = "postgresql" | "mysql" | "sqlite";

/** The dialect of a knex instance, or undefined for one the store does not support (MSSQL, Oracle, ...). */
export function dialectOf(knex: Knex): Dialect | undefined {
  const name = (knex as { client?: { dialect?: unknown } }).client?.dialect;
  if (name === "postgresql") return "postgresql";
  if (name === "mysql") return "mysql";
  if (name === "sqlite3") return "sqlite";
  return undefined;
}

const TRANSIENT_SQLSTATES = new Set(["40P01", "40001"]);
const TRANSIENT_MYSQL_ERRNOS = new Set([1205, 1213]);

/**
 * Deadlocks, serialization failures, lock timeouts and a busy SQLite file: the statement was rolled back as a
 * whole, so running it again is safe. InnoDB can pick an upsert as a deadlock victim when many writers race for
 * the same new key; PostgreSQL reports 40P01/40001; a SQLite file shared with another process can be busy.
 */
export function isTransient(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  if (typeof code === "string" && (TRANSIENT_SQLSTATES.has(code) || /^SQLITE_(BUSY|LOCKED)/.test(code))) {
    return true;
  }
  return typeof errno === "number" && TRANSIENT_MYSQL_ERRNOS.has(errno);
}

/** SQLSTATEs of a connection the server ended (admin or crash shutdown) and of connection exceptions (08xxx). */
const LOST_SQLSTATES = /^(57P01|57P02|08\d{3})$/;
/** MySQL/MariaDB: server gone away, connection lost during a query. */
const LOST_MYSQL_ERRNOS = new Set([2006, 2013]);
const LOST_NODE_CODES = new Set(["ECONNRESET", "EPIPE", "PROTOCOL_CONNECTION_LOST"]);

/**
 * The connection the statement ran on is gone (the server ended it, or the socket broke): the pool drops such
 * connections, so a read can run again on another. Writes are not retried on it: one may have committed before
 * its answer was lost.
 */
export function isLostConnection(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, errno, message } = error as { code?: unknown; errno?: unknown; message?: unknown };
  if (typeof code === "string" && (LOST_SQLSTATES.test(code) || LOST_NODE_CODES.has(code))) return true;
  if (typeof errno === "number" && LOST_MYSQL_ERRNOS.has(errno)) return true;
  // node-postgres reports a socket that closed under a query without a code.
  return typeof message === "string" && /^Connection terminated/.test(message);
}

const MAX_ATTEMPTS = 6;

/**
 * Runs one statement, again after a short random pause when the database rolled it back for a transient reason
 * (or, with `retryable`, for whatever else that says may be tried again).
 */
export async function withRetry<T>(
  statement: () => Promise<T>,
  retryable: (error: unknown) => boolean = isTransient,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !retryable(error)) throw error;
      // Jitter spreads the retries of writers that collided, so they do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** attempt));
    }
  }
}
