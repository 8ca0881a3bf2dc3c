import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Short commit of the working tree, with "-dirty" when it has changes. */
export function gitCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "convex"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return dirty ? `${commit}-dirty` : commit;
  } catch {
    return "no-git";
  }
}

/** sha256 over convex/schema.ts and convex/migrations/**, so a certificate names what it certified. */
export function sourceHash(root = "convex"): string {
  const hash = createHash("sha256");
  const files = [join(root, "schema.ts"), ...listFiles(join(root, "migrations"))].filter(existsSync).sort();
  for (const file of files) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function versions(): Record<string, string> {
  const read = (pkg: string) => {
    try {
      return JSON.parse(readFileSync(join("node_modules", pkg, "package.json"), "utf8")).version as string;
    } catch {
      return "missing";
    }
  };
  return {
    node: process.versions.node,
    convex: read("convex"),
    "convex-test": read("convex-test"),
    "fast-check": read("fast-check"),
    vitest: read("vitest"),
  };
}
