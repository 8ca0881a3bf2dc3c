import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { HARNESS_VERSION } from "../model/version.js";
import type { ResolvedHarnessOptions } from "../model/config.js";
import { findFiles } from "../model/files.js";

/** Packages whose locked version is part of what a certificate certifies. */
const LOCKED = ["convex", "convex-test", "fast-check"] as const;

/**
 * Every file that can change a verdict, relative to the root, sorted: the
 * app's Convex folder (less _generated, which codegen rewrites from it), the
 * spec files and every file in their folders (views, accounting, faults;
 * not the corpus, which certify itself writes to), and the preset's
 * `certificateSources`.
 */
export function sourceFiles(options: ResolvedHarnessOptions): string[] {
  const specs = findFiles(options.root, options.specs);
  const folders = [...new Set(specs.map((file) => dirname(file)))];
  const globs = [
    `${options.convex}/**`,
    ...specs,
    ...folders.map((folder) => (folder === "." ? "*" : `${folder}/**`)),
    ...options.certificateSources,
  ];
  const corpus = `${options.corpus}/`;
  return findFiles(options.root, globs).filter((file) => !file.includes("/_generated/") && !file.startsWith(corpus));
}

/**
 * sha256 over those files (path and contents), the harness version and the
 * locked versions of convex, convex-test and fast-check: a certificate names
 * exactly the code it certified.
 */
export function sourceHash(options: ResolvedHarnessOptions): string {
  const hash = createHash("sha256");
  for (const file of sourceFiles(options)) hash.update(file).update("\0").update(readFileSync(join(options.root, file))).update("\0");
  hash.update(`convex-migration-harness@${HARNESS_VERSION}\0`);
  for (const [name, version] of Object.entries(lockedVersions(options.root))) hash.update(`${name}@${version}\0`);
  return hash.digest("hex");
}

/** Short commit, with "-dirty" when any file of the hashed set has uncommitted changes. */
export function gitCommit(options: ResolvedHarnessOptions): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: options.root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    const commit = git("rev-parse", "--short", "HEAD");
    const watched = [options.convex, ...new Set(findFiles(options.root, options.specs).map((f) => dirname(f))), ...sourceFiles(options), "package-lock.json"];
    const dirty = git("status", "--porcelain", "--", ...new Set(watched));
    return dirty ? `${commit}-dirty` : commit;
  } catch {
    return "no-git";
  }
}

/** The versions a certificate records: node, the harness, and the locked (else installed) convex, convex-test, fast-check and vitest. */
export function versions(root: string): Record<string, string> {
  return {
    node: process.versions.node,
    "convex-migration-harness": HARNESS_VERSION,
    ...lockedVersions(root),
    vitest: installedOr(root, "vitest"),
  };
}

function lockedVersions(root: string): Record<string, string> {
  const file = join(root, "package-lock.json");
  const lock = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { packages?: Record<string, { version?: string }> }) : {};
  const out: Record<string, string> = {};
  for (const name of LOCKED) {
    out[name] = lock.packages?.[`node_modules/${name}`]?.version ?? installedOr(root, name);
  }
  return out;
}

function installedOr(root: string, pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "missing";
  }
}
