// Counts what escapes every handler while a test runs: uncaught exceptions and unhandled promise rejections.

export interface CrashCounter {
  start(): void;
  stop(): void;
  count(): { uncaughtExceptions: number; unhandledRejections: number };
}

/** Listens on the process between `start()` and `stop()`; the first few errors are kept for the failure message. */
export function crashCounter(): CrashCounter {
  const counts = { uncaughtExceptions: 0, unhandledRejections: 0 };
  const seen: unknown[] = [];
  const onException = (error: unknown) => {
    counts.uncaughtExceptions++;
    if (seen.length < 3) seen.push(error);
  };
  const onRejection = (reason: unknown) => {
    counts.unhandledRejections++;
    if (seen.length < 3) seen.push(reason);
  };
  return {
    start() {
      process.on("uncaughtException", onException);
      process.on("unhandledRejection", onRejection);
    },
    stop() {
      process.off("uncaughtException", onException);
      process.off("unhandledRejection", onRejection);
    },
    count() {
      if (seen.length > 0) console.error("escaped errors:", seen);
      return { ...counts };
    },
  };
}
