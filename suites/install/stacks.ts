/**
 * The stacks the install test builds its scratch app on: the versions a
 * Convex team may have, from the oldest the package supports to what
 * `npm install` gives a new project today. Each names its Node (installed
 * from the registry's node-<platform>-<arch> package, which ships the
 * binary) and the packages the user installs beside the harness.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Stack {
  name: "pinned" | "oldest" | "newest";
  /** Node version to run the app's commands with; null: the Node running this test. */
  node: string | null;
  /** What the user installs beside the harness (exact versions, or "latest"). */
  packages: Record<string, string>;
  /** Said in the results table: what this stack stands for. */
  about: string;
}

const repoVersion = (repo: string, name: string) => (JSON.parse(readFileSync(join(repo, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

export function stacks(repo: string): Stack[] {
  return [
    {
      name: "pinned",
      node: null,
      about: "the versions this repository's lock file holds",
      packages: Object.fromEntries(["convex", "vitest", "@edge-runtime/vm", "fast-check"].map((name) => [name, repoVersion(repo, name)])),
    },
    {
      // The floor of each peer range; convex-test 0.0.41 is what a team on it has (the engine brings its own).
      name: "oldest",
      node: "20.20.2",
      about: "Node 20, the oldest convex, vitest 3.2, convex-test 0.0.41, @convex-dev/migrations 0.2",
      packages: { convex: "1.24.8", vitest: "3.2.7", "convex-test": "0.0.41", "@convex-dev/migrations": "0.2.9", "@edge-runtime/vm": "5.0.0", "fast-check": "4.10.0" },
    },
    {
      name: "newest",
      node: "22",
      about: "what a project started today installs: Node 22 and every package at latest",
      packages: { convex: "latest", vitest: "latest", "convex-test": "latest", "@edge-runtime/vm": "latest", "fast-check": "latest" },
    },
  ];
}

/** The stacks a run builds: INSTALL_STACKS=pinned,oldest (CI), or all three. */
export function chosenStacks(repo: string, list = process.env.INSTALL_STACKS): Stack[] {
  const all = stacks(repo);
  if (!list) return all;
  const names = list.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length > 0) throw new Error(`INSTALL_STACKS names ${unknown.join(", ")}; known: ${all.map((s) => s.name).join(", ")}`);
  return all.filter((s) => names.includes(s.name));
}
