// A small stand-in for `vitest` that runs the unit tests unchanged on runtimes vitest cannot run on (Bun, Deno):
// describe/it/hooks run in order, `expect` and `vi.fn` are vitest's own (@vitest/expect, @vitest/spy).
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  ChaiStyleAssertions,
  chai,
  customMatchers,
  GLOBAL_EXPECT,
  getState,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from "@vitest/expect";
import { clearAllMocks, fn, resetAllMocks, restoreAllMocks, spyOn } from "@vitest/spy";

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(ChaiStyleAssertions);
chai.use(JestAsymmetricMatchers);

type Callback = () => unknown;

/** vitest's `expect`, made as vitest makes its global one, without the parts that need a vitest worker. */
function createExpect() {
  const expect = ((value: unknown, message?: string) => chai.expect(value, message)) as unknown as Record<
    string,
    unknown
  > & { extend(matchers: unknown): void };
  Object.assign(expect, chai.expect);
  Object.assign(expect, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT as symbol]);
  expect.getState = () => getState(expect as never);
  expect.setState = (state: object) => setState(state as never, expect as never);
  setState(
    {
      assertionCalls: 0,
      isExpectingAssertions: false,
      isExpectingAssertionsError: null,
      expectedAssertionsNumber: null,
      expectedAssertionsNumberErrorGen: null,
      currentTestName: "",
    } as never,
    expect as never,
  );
  const chaiExpect = chai.expect as unknown as { extend(expect: unknown, matchers: unknown): void };
  expect.extend = (matchers: unknown) => chaiExpect.extend(expect, matchers);
  expect.extend(customMatchers);
  expect.unreachable = (message?: string) => chai.assert.fail(`expected ${message ?? ""} not to be reached`);
  Object.defineProperty(globalThis, GLOBAL_EXPECT, { value: expect, writable: true, configurable: true });
  return expect;
}

export const expect = createExpect() as unknown as typeof import("vitest").expect;

interface Test {
  name: string;
  fn: Callback;
  timeout: number;
  skip: boolean;
}

interface Suite {
  name: string;
  file: string;
  tests: Test[];
  suites: Suite[];
  beforeAll: Callback[];
  afterAll: Callback[];
  beforeEach: Callback[];
  afterEach: Callback[];
  skip: boolean;
}

const DEFAULT_TIMEOUT = 20_000;
const files: Suite[] = [];
let current: Suite | undefined;

function newSuite(name: string, file: string, skip = false): Suite {
  return {
    name,
    file,
    tests: [],
    suites: [],
    beforeAll: [],
    afterAll: [],
    beforeEach: [],
    afterEach: [],
    skip,
  };
}

/** Called by the bundle before each test file's module: the tests registered next belong to `file`. */
export function enterFile(file: string): void {
  current = newSuite("", file);
  files.push(current);
}

function suite(): Suite {
  if (!current) enterFile("(unknown file)");
  return current as Suite;
}

/** printf-style test names, as vitest formats them: %s %d %i %j %o %# and $property. */
function formatName(template: string, args: unknown[], index: number): string {
  let i = 0;
  let name = template.replace(/%[sdijo#%]/g, (token) => {
    if (token === "%%") return "%";
    if (token === "%#") return String(index);
    const value = args[i++];
    if (token === "%d" || token === "%i") return String(Number(value));
    if (token === "%j" || token === "%o") return JSON.stringify(value);
    return typeof value === "string" ? value : String(value);
  });
  const [first] = args;
  if (args.length === 1 && typeof first === "object" && first !== null) {
    name = name.replace(/\$([\w.]+)/g, (_, path: string) =>
      String(path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], first)),
    );
  }
  return name;
}

function rowsOf(table: readonly unknown[]): unknown[][] {
  return table.map((row) => (Array.isArray(row) ? row : [row]));
}

type TestFn = (...args: never[]) => unknown;

function addTest(
  name: string,
  body: TestFn | undefined,
  timeout: number | object | undefined,
  skip: boolean,
) {
  suite().tests.push({
    name,
    fn: (body ?? (() => {})) as Callback,
    timeout: typeof timeout === "number" ? timeout : DEFAULT_TIMEOUT,
    skip: skip || !body,
  });
}

function addSuite(name: string, body: Callback, skip: boolean): void {
  const parent = suite();
  const child = newSuite(name, parent.file, skip || parent.skip);
  parent.suites.push(child);
  current = child;
  try {
    const result = body();
    if (result instanceof Promise) throw new Error(`describe("${name}") must not be async`);
  } finally {
    current = parent;
  }
}

function makeIt(skip: boolean) {
  const it = (name: string, body?: TestFn, timeout?: number | object) => addTest(name, body, timeout, skip);
  it.each = (table: readonly unknown[]) => (name: string, body: TestFn, timeout?: number) =>
    rowsOf(table).forEach((args, index) => {
      addTest(
        formatName(name, args, index),
        () => (body as (...a: unknown[]) => unknown)(...args),
        timeout,
        skip,
      );
    });
  return it;
}

function makeDescribe(skip: boolean) {
  const describe = (name: string, body: Callback) => addSuite(name, body, skip);
  describe.each = (table: readonly unknown[]) => (name: string, body: (...args: never[]) => void) =>
    rowsOf(table).forEach((args, index) => {
      addSuite(formatName(name, args, index), () => (body as (...a: unknown[]) => void)(...args), skip);
    });
  return describe;
}

const itFn = Object.assign(makeIt(false), { skip: makeIt(true), only: makeIt(false), todo: makeIt(true) });
const describeFn = Object.assign(makeDescribe(false), {
  skip: makeDescribe(true),
  only: makeDescribe(false),
});

export const it = itFn as unknown as typeof import("vitest").it;
export const test = it;
export const describe = describeFn as unknown as typeof import("vitest").describe;
export const beforeAll = (hook: Callback) => void suite().beforeAll.push(hook);
export const afterAll = (hook: Callback) => void suite().afterAll.push(hook);
export const beforeEach = (hook: Callback) => void suite().beforeEach.push(hook);
export const afterEach = (hook: Callback) => void suite().afterEach.push(hook);

// vi: the mock functions, env stubs and a Date-only fake clock; anything else fails loudly by name.
const RealDate = Date;
let fakeNow: number | undefined;
const processEnv = (): Record<string, string | undefined> | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
const stubbedEnv = new Map<string, string | undefined>();
const stubbedGlobals = new Map<string | symbol, PropertyDescriptor | undefined>();

class FakeDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(fakeNow ?? RealDate.now());
    else super(...(args as [string]));
  }
  static override now(): number {
    return fakeNow ?? RealDate.now();
  }
}

const viImpl = {
  fn,
  spyOn,
  clearAllMocks,
  resetAllMocks,
  restoreAllMocks,
  stubEnv(name: string, value: string | undefined) {
    const env = processEnv();
    if (!env) throw new Error("vi.stubEnv: this runtime has no process.env");
    if (!stubbedEnv.has(name)) stubbedEnv.set(name, env[name]);
    if (value === undefined) delete env[name];
    else env[name] = value;
  },
  unstubAllEnvs() {
    const env = processEnv();
    for (const [name, value] of stubbedEnv) {
      if (!env) break;
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    stubbedEnv.clear();
  },
  stubGlobal(name: string | symbol, value: unknown) {
    if (!stubbedGlobals.has(name))
      stubbedGlobals.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
  },
  unstubAllGlobals() {
    for (const [name, descriptor] of stubbedGlobals) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string | symbol, unknown>)[name];
    }
    stubbedGlobals.clear();
  },
  useFakeTimers(options: { now?: number | Date; toFake?: string[] } = {}) {
    if (!options.toFake || options.toFake.some((name) => name !== "Date")) {
      throw new Error("vi.useFakeTimers: the runtime harness fakes Date only (toFake: ['Date'])");
    }
    fakeNow = options.now === undefined ? RealDate.now() : Number(options.now);
    globalThis.Date = FakeDate as DateConstructor;
  },
  setSystemTime(now: number | Date) {
    fakeNow = Number(now);
  },
  useRealTimers() {
    fakeNow = undefined;
    globalThis.Date = RealDate;
  },
};

export const vi = new Proxy(viImpl, {
  get(target, name) {
    if (name in target) return target[name as keyof typeof target];
    throw new Error(`vi.${String(name)} is not available in the runtime harness`);
  },
}) as unknown as typeof import("vitest").vi;

// The run: files in order, tests in order, one at a time, with a timeout each.
interface Outcome {
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
}

function withTimeout(body: Callback, ms: number, what: string): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    Promise.resolve().then(body),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const stack = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 4);
  return [`${error.name}: ${error.message}`, ...stack].join("\n");
}

async function runSuite(s: Suite, path: string[], eachHooks: Suite[], outcome: Outcome): Promise<void> {
  const chain = [...eachHooks, s];
  const title = (name: string) => [s.file, ...path, name].filter(Boolean).join(" > ");
  const fail = (name: string, error: unknown) => {
    outcome.failed++;
    outcome.failures.push(`${title(name)}\n${describeError(error)}`);
    console.log(`  \u2717 ${title(name)}`);
  };
  try {
    if (!s.skip) for (const hook of s.beforeAll) await withTimeout(hook, DEFAULT_TIMEOUT, "beforeAll");
  } catch (error) {
    fail("beforeAll", error);
    return;
  }
  for (const t of s.tests) {
    if (t.skip || s.skip) {
      outcome.skipped++;
      continue;
    }
    const started = performance.now();
    try {
      for (const suiteOf of chain)
        for (const hook of suiteOf.beforeEach) await withTimeout(hook, t.timeout, "beforeEach");
      await withTimeout(t.fn, t.timeout, "test");
    } catch (error) {
      fail(t.name, error);
      await runAfterEach(chain).catch(() => {});
      continue;
    }
    try {
      await runAfterEach(chain);
      outcome.passed++;
      console.log(`  \u2713 ${title(t.name)} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      fail(`${t.name} (afterEach)`, error);
    }
  }
  for (const child of s.suites) await runSuite(child, [...path, child.name], chain, outcome);
  try {
    if (!s.skip) for (const hook of s.afterAll) await withTimeout(hook, DEFAULT_TIMEOUT, "afterAll");
  } catch (error) {
    fail("afterAll", error);
  }
}

async function runAfterEach(chain: Suite[]): Promise<void> {
  for (const suiteOf of [...chain].reverse()) {
    for (const hook of suiteOf.afterEach) await withTimeout(hook, DEFAULT_TIMEOUT, "afterEach");
  }
}

/** Runs every registered test, prints each result and the closing counts, and sets the process's exit code. */
export async function run(): Promise<Outcome> {
  const outcome: Outcome = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const started = performance.now();
  for (const file of files) await runSuite(file, [], [], outcome);
  for (const failure of outcome.failures) console.log(`\nFAIL ${failure}`);
  console.log(`\n${files.length} files in ${Math.round(performance.now() - started)} ms`);
  console.log(`${outcome.passed} passed, ${outcome.failed} failed, ${outcome.skipped} skipped`);
  const g = globalThis as { Deno?: { exit(code: number): never }; process?: { exitCode?: number } };
  const code = outcome.failed > 0 ? 1 : 0;
  if (g.Deno) g.Deno.exit(code);
  else if (g.process) g.process.exitCode = code;
  return outcome;
}
