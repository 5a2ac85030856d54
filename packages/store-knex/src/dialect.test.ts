// Telling the databases apart, and retrying only the statements a database rolled back for a transient reason.
import createKnex from "knex";
import { describe, expect, it, vi } from "vitest";
import { dialectOf, isLostConnection, isTransient, withRetry } from "./dialect.js";

describe("dialectOf", () => {
  it("knows PostgreSQL, MySQL/MariaDB and SQLite by their knex client, and nothing else", async () => {
    const clients = { pg: "postgresql", mysql2: "mysql", "better-sqlite3": "sqlite", mssql: undefined };
    for (const [client, dialect] of Object.entries(clients)) {
      const knex = createKnex({ client, useNullAsDefault: true });
      expect(dialectOf(knex)).toBe(dialect);
      await knex.destroy();
    }
  });
});

describe("isTransient", () => {
  it("recognises deadlocks, serialization failures, lock timeouts and a busy SQLite file", () => {
    for (const error of [
      { code: "40P01" },
      { code: "40001" },
      { errno: 1213, code: "ER_LOCK_DEADLOCK" },
      { errno: 1205 },
      { code: "SQLITE_BUSY" },
      { code: "SQLITE_BUSY_SNAPSHOT" },
      { code: "SQLITE_LOCKED" },
    ]) {
      expect(isTransient(error)).toBe(true);
    }
  });

  it("does not retry errors that would fail again", () => {
    for (const error of [
      { code: "23505" },
      { code: "42P01" },
      { errno: 1146 },
      { code: "SQLITE_ERROR" },
      "x",
      null,
    ]) {
      expect(isTransient(error)).toBe(false);
    }
  });
});

describe("isLostConnection", () => {
  it("recognises a connection the server ended or a socket that broke, on every driver", () => {
    for (const error of [
      { code: "57P01" },
      { code: "57P02" },
      { code: "08006" },
      { code: "ECONNRESET" },
      { code: "PROTOCOL_CONNECTION_LOST" },
      { errno: 2013 },
      new Error("Connection terminated unexpectedly"),
    ]) {
      expect(isLostConnection(error)).toBe(true);
    }
    for (const error of [{ code: "40P01" }, { code: "23505" }, new Error("syntax error"), null]) {
      expect(isLostConnection(error)).toBe(false);
    }
  });
});

describe("withRetry", () => {
  it("runs a statement again after a transient failure", async () => {
    const statement = vi.fn().mockRejectedValueOnce({ code: "40P01" }).mockResolvedValueOnce("done");
    expect(await withRetry(statement)).toBe("done");
    expect(statement).toHaveBeenCalledTimes(2);
  });

  it("gives up after six attempts, and at once on other errors", async () => {
    const deadlock = vi.fn().mockRejectedValue({ code: "40P01" });
    await expect(withRetry(deadlock)).rejects.toEqual({ code: "40P01" });
    expect(deadlock).toHaveBeenCalledTimes(6);
    const missing = vi.fn().mockRejectedValue({ code: "42P01" });
    await expect(withRetry(missing)).rejects.toEqual({ code: "42P01" });
    expect(missing).toHaveBeenCalledTimes(1);
  });
});
