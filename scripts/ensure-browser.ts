import { existsSync } from "node:fs";
import { bin, runCommand } from "./lib/run-command";

// The end-to-end tests drive Debian's Chromium; Playwright's own browser download is the fallback elsewhere.
const CHROMIUM = "/usr/bin/chromium";

async function run(command: string, args: string[], env?: Record<string, string>) {
  const { code } = await runCommand(command, args, { env });
  if (code !== 0) {
    console.error(`ensure-browser: "${command} ${args.join(" ")}" avslutades med kod ${code}.`);
    process.exit(code);
  }
}

if (existsSync(CHROMIUM)) {
  console.log(`ensure-browser: ${CHROMIUM} finns redan.`);
} else if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  console.log(`ensure-browser: installerar Debians chromium med apt-get…`);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-qq"], env);
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], env);
  console.log(`ensure-browser: installerade ${CHROMIUM}.`);
} else {
  console.log(
    "ensure-browser: ingen /usr/bin/chromium och ingen apt-get som root: kör playwright install chromium…",
  );
  await run(bin("playwright"), ["install", "chromium"]);
  console.log("ensure-browser: Playwrights chromium installerad.");
}
