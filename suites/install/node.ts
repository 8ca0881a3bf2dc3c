import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A folder holding the `node` of this version, to put first on PATH, or
 * null when the running Node is that version already. The registry's
 * node-<platform>-<arch> package ships the binary with no install script;
 * it is kept in a cache folder across runs.
 */
export function nodeOnPath(version: string | null): string | null {
  if (version === null || process.versions.node === version || process.versions.node.startsWith(`${version}.`)) return null;
  const dir = join(tmpdir(), "convex-migration-harness-node", version);
  const bin = join(dir, "node_modules", ".bin");
  if (!existsSync(join(bin, "node"))) {
    execFileSync("npm", ["install", "--prefix", dir, "--no-save", "--no-audit", "--no-fund", `node-${process.platform}-${process.arch}@${version}`], { stdio: "pipe" });
  }
  return bin;
}
