import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The harness's own version, from its package.json: the nearest one above
 * this module that names the package (harness/ in this repository,
 * dist/harness/ once installed). Stamped on corpus entries and certificates.
 */
export const HARNESS_VERSION: string = findVersion();

function findVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "convex-migration-harness" && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  return "unknown";
}
