// KnexStorage on PostgreSQL at 127.0.0.1:5432 (user postgres, database test).
import { describe } from "vitest";
import { postgres } from "./databases.js";
import { describeKnexStorage } from "./knex-suite.js";

describe("PostgreSQL", () => describeKnexStorage(postgres));
