import { afterEach, beforeEach, expect, vi, type MockInstance } from "vitest";

// An unexpected console.error is a failure: the app logs errors only when something went wrong.
// A test that expects one calls `allowConsoleError()` first.

let consoleError: MockInstance<typeof console.error>;
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
});

afterEach(() => {
  const calls = consoleError.mock.calls;
  consoleError.mockRestore();
  if (!allowed) {
    expect(
      calls,
      "console.error was called; call allowConsoleError() in the test if this is expected",
    ).toEqual([]);
  }
});
