// KnexStorage on MariaDB (or MySQL) at 127.0.0.1:3306 (user root, database test).
import { describe } from "vitest";
import { mariadb } from "./databases.js";
import { describeKnexStorage } from "./knex-suite.js";

describe("MariaDB", () => describeKnexStorage(mariadb));
