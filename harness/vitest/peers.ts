import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The peers whose version the harness depends on, checked when vitest loads
 * the preset. Not convex-test: the memory engine runs on its own copy, so the
 * app's convex-test (any release, or none) plays no part.
 */
const CHECKED = ["convex", "vitest", "fast-check"] as const;

/**
 * Checks the installed convex, vitest and fast-check against
 * the ranges the harness declares (its package.json's peerDependencies),
 * and throws one line naming every one outside its range: a version the
 * harness does not know fails at start-up, never deep inside a run.
 */
export function checkPeerVersions(root: string, ranges = declaredRanges()): void {
  const wrong: string[] = [];
  for (const name of CHECKED) {
    const range = ranges[name];
    const installed = installedVersion(root, name);
    if (!range || installed === null) continue;
    if (!satisfies(installed, range)) wrong.push(`${name} ${installed} (supported: ${range})`);
  }
  if (wrong.length > 0) {
    throw new Error(`convex-migration-harness: unsupported ${wrong.join(", ")}; install a supported version (npm i -D <package>@<version>)`);
  }
}

/** Whether `version` (x.y.z) is inside a range of the forms the harness declares: "^1.2.3", ">=a <b", "1.2.3", joined by spaces. */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  if (!v) return false;
  return range.trim().split(/\s+/).every((part) => {
    const match = /^(\^|>=|<=|>|<|=)?(\d+\.\d+\.\d+)$/.exec(part);
    if (!match) return false;
    const bound = parse(match[2])!;
    const cmp = compare(v, bound);
    switch (match[1]) {
      case "^":
        return cmp >= 0 && (bound[0] > 0 ? v[0] === bound[0] : bound[1] > 0 ? v[0] === 0 && v[1] === bound[1] : v[0] === 0 && v[1] === 0 && v[2] === bound[2]);
      case ">=": return cmp >= 0;
      case ">": return cmp > 0;
      case "<=": return cmp <= 0;
      case "<": return cmp < 0;
      default: return cmp === 0;
    }
  });
}

function parse(version: string): [number, number, number] | null {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function installedVersion(root: string, name: string): string | null {
  const file = join(root, "node_modules", name, "package.json");
  return existsSync(file) ? ((JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? null) : null;
}

/** The harness's own peerDependencies: the nearest package.json above this module that names the package. */
function declaredRanges(): Record<string, string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; peerDependencies?: Record<string, string> };
      if (pkg.name === "convex-migration-harness") return pkg.peerDependencies ?? {};
    }
    dir = dirname(dir);
  }
  return {};
}
