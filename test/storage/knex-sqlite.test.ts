// KnexStorage on SQLite, in memory and in a file.
import { describe } from "vitest";
import { sqliteFile, sqliteMemory } from "./databases.js";
import { describeKnexStorage } from "./knex-suite.js";

describe("SQLite :memory:", () => describeKnexStorage(sqliteMemory));
describe("SQLite file", () => describeKnexStorage(sqliteFile()));
