// The injectable logger: silent unless the app passes one. Callers log the provider, step and code, never secrets.

export interface DanceLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

const ignore = () => {};

export const silentLogger: DanceLogger = { debug: ignore, warn: ignore, error: ignore };
