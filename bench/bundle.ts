import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { ensureBuild, ROOT } from "./http-server";

/**
 * The JavaScript a browser downloads for each page, from the build in .next: the runtime every page loads
 * (build-manifest.json's rootMainFiles) and the chunks of the page's own client components (the entryJSFiles
 * of its client reference manifest), each compressed with gzip and brotli as a server would send them. Wizard
 * pages are shown against the 130 kB target; then the biggest chunks, with what they contain.
 */

const NEXT_DIR = path.join(ROOT, ".next");
const TARGET_KB = 130;
const WIZARD = /^\/\(public\)\/rapportera\/(\[step\]|granska)\/page$/;

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const chunks = new Map<string, Chunk>();
function chunk(file: string): Chunk {
  let found = chunks.get(file);
  if (!found) {
    const data = readFileSync(path.join(NEXT_DIR, file));
    found = {
      file,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    chunks.set(file, found);
  }
  return found;
}

function pageManifests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === "page_client-reference-manifest.js")
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The page's chunks, read from the manifest file Next.js writes as a script that fills globalThis. */
function pageChunks(file: string): { route: string; files: string[] } {
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  new Function("globalThis", readFileSync(file, "utf8"))(sandbox);
  const [route, manifest] = Object.entries(sandbox.__RSC_MANIFEST ?? {})[0] ?? ["?", {}];
  const files = Object.values(manifest.entryJSFiles ?? {}).flat();
  return { route, files: files.map((f) => f.replace(/^\/?_next\//, "")) };
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(6);

ensureBuild();
const buildManifest = JSON.parse(readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as {
  rootMainFiles?: string[];
  polyfillFiles?: string[];
};
const runtime = [...(buildManifest.rootMainFiles ?? [])];
const rows = pageManifests(path.join(NEXT_DIR, "server", "app"))
  .map(pageChunks)
  .filter(({ route }) => route.endsWith("/page"))
  .map(({ route, files }) => {
    const all = [...new Set([...runtime, ...files])].filter((f) => f.endsWith(".js")).map(chunk);
    return {
      route,
      raw: all.reduce((sum, c) => sum + c.raw, 0),
      gzip: all.reduce((sum, c) => sum + c.gzip, 0),
      brotli: all.reduce((sum, c) => sum + c.brotli, 0),
    };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

console.log("JavaScript per page from the build (kB = 1000 bytes; polyfills for old browsers not counted)");
console.log(`  ${"page".padEnd(52)} ${"raw".padStart(6)} ${"gzip".padStart(6)} ${"brotli".padStart(6)}`);
for (const row of rows) {
  const wizard = WIZARD.test(row.route);
  const mark = wizard
    ? `  wizard: target ${TARGET_KB} kB ${row.gzip / 1000 < TARGET_KB ? "met" : "missed"}`
    : "";
  console.log(`  ${row.route.padEnd(52)} ${kB(row.raw)} ${kB(row.gzip)} ${kB(row.brotli)}${mark}`);
}

// Minified chunks keep property names and messages: enough to tell the large libraries apart.
const SIGNS: [string, RegExp][] = [
  ["react-dom", /__reactContainer\$|react-dom/],
  ["next runtime", /NEXT_REDIRECT|__NEXT_DATA__|next-router-state-tree/],
  ["zod", /ZodError|\$ZodType|invalid_type/],
  ["react-hook-form", /shouldUnregister/],
  ["next-auth", /__NEXTAUTH|next-auth/],
];

console.log("\nBiggest chunks (gzip), with the libraries they hold:");
for (const c of [...chunks.values()].sort((a, b) => b.gzip - a.gzip).slice(0, 8)) {
  const text = readFileSync(path.join(NEXT_DIR, c.file), "utf8");
  const libraries = SIGNS.filter(([, sign]) => sign.test(text)).map(([name]) => name);
  console.log(
    `  ${c.file.padEnd(52)} ${kB(c.gzip)} gzip${runtime.includes(c.file) ? "  (every page)" : ""}` +
      `${libraries.length ? `  ${libraries.join(", ")}` : ""}`,
  );
}
