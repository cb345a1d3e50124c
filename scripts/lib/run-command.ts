import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

// The scripts that load lib/ (start, db:migrate, db:seed, user:create, reminders, bench, the end-to-end database)
// run as `tsx --conditions=react-server …` (package.json, playwright.config.ts). lib/ marks its database,
// configuration and secret modules `import "server-only"`, whose package throws unless it is resolved with the
// react-server condition, as Next.js does for server code; the flag selects the package's empty module instead.
// It is a command-line flag, not NODE_OPTIONS, so the `next build` and `next start` these scripts spawn don't
// inherit it. See docs/decisions/009-server-only.md.

/** A tool from node_modules/.bin, so scripts work without npx and without a global install. */
export function bin(name: string): string {
  return path.join(ROOT, "node_modules", ".bin", name);
}

/** The environment passed through, plus no usage telemetry from Next.js (it would try to call home). */
export function toolEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...extra };
}

export interface CommandResult {
  code: number;
  /** Everything the command printed (stdout and stderr), when captured. */
  output: string;
}

/**
 * Runs a command in the project root with the environment passed through. With `capture`, its output is shown
 * as it comes and also returned (colours kept on a terminal, stripped later by whoever parses it). With `prefix`,
 * each line shown starts with it, so that two commands running at once can be told apart; the output returned
 * stays as the command printed it.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { capture?: boolean; prefix?: string; env?: Record<string, string | undefined> } = {},
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const env = toolEnv(options.env);
    if (options.capture && process.stdout.isTTY && env.FORCE_COLOR === undefined) env.FORCE_COLOR = "1";
    const child = spawn(command, args, {
      cwd: ROOT,
      env,
      stdio: options.capture ? ["inherit", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    const show = (stream: NodeJS.WriteStream) => {
      if (!options.prefix) return (text: string) => stream.write(text);
      // Whole lines only, each with the prefix; the rest waits for its newline (or the end).
      let partial = "";
      return (text: string, flush = false) => {
        const lines = (partial + text).split("\n");
        partial = flush ? "" : lines.pop()!;
        const ready = lines.filter((line, index) => !flush || line || index < lines.length - 1);
        if (ready.length) stream.write(ready.map((line) => `${options.prefix}${line}\n`).join(""));
      };
    };
    const showOut = show(process.stdout);
    const showErr = show(process.stderr);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      showOut(chunk.toString());
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      showErr(chunk.toString());
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      showOut("", true);
      showErr("", true);
      resolve({ code: code ?? (signal ? 128 + signalNumber(signal) : 1), output });
    });
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : signal === "SIGKILL" ? 9 : 1;
}
