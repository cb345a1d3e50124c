import { afterEach, beforeEach, expect, vi, type MockInstance } from "vitest";
import { logger } from "@/lib/log";

// An unexpected console.error, or an error in the app's log (lib/log.ts), is a failure: the app logs errors only
// when something went wrong. A test that expects one calls `allowConsoleError()` first.

let consoleError: MockInstance<typeof console.error>;
let loggedError: MockInstance;
let allowed = false;

export function allowConsoleError() {
  allowed = true;
}

beforeEach(() => {
  allowed = false;
  const original = console.error;
  consoleError = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    original(...args);
  });
  loggedError = vi.spyOn(logger, "error");
});

afterEach(() => {
  const calls = [...consoleError.mock.calls, ...loggedError.mock.calls];
  consoleError.mockRestore();
  loggedError.mockRestore();
  if (!allowed) {
    expect(
      calls,
      "console.error was called; call allowConsoleError() in the test if this is expected",
    ).toEqual([]);
  }
});
