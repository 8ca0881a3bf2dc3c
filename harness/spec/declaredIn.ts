import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The harness's own folder (harness/ here, dist/harness/ once installed): its frames are not the caller. */
const HARNESS_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The file that called defineMigration (or a spec's `variant`), relative to
 * the working directory, read off the call stack: a spec file, in the
 * usual case, whose tests a replay command can then name. Undefined when
 * the stack does not say (a bundler that strips it).
 */
export function declaringFile(): string | undefined {
  for (const line of new Error().stack?.split("\n").slice(1) ?? []) {
    const match = /((?:file:\/\/)?\/[^():?]+\.[cm]?[jt]sx?)(?:\?[^:]*)?:\d+:\d+\)?$/.exec(line.trim());
    if (!match) continue;
    const path = match[1].replace(/^file:\/\//, "");
    if (path.startsWith(`${HARNESS_DIR}/`) || path.includes("/node_modules/")) continue;
    return relative(process.cwd(), path).split("\\").join("/");
  }
  return undefined;
}
