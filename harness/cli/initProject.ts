/**
 * What `init` reads of the project around the Convex folder: the package
 * manager (by its lock file), whether package.json makes .ts files CommonJS,
 * whether the app uses components and has a deployment, and from those the
 * codegen command that works there.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

export type PackageManager = (
  | { name: "npm"; lockFile?: string }
  | { name: "pnpm"; lockFile: string; version?: number }
  | { name: "yarn"; lockFile: string; berry: boolean }
) & {
  /** The package's folder relative to the repository's root ("" at the root): where the workflow runs. */
  workingDirectory?: string;
};

interface PackageJson {
  type?: string;
  packageManager?: string;
}

export function readPackageJson(root: string): PackageJson {
  const file = join(root, "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PackageJson) : {};
}

/** The repository's root: the nearest folder holding .git, or the package itself outside one. */
export function repositoryRoot(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return root;
  }
}

/**
 * The package manager whose lock file the package has, or its workspace has
 * (a folder up to the repository's root). The lock file is named from the
 * repository's root, where the workflow starts. pnpm's version is only given
 * when the root package.json's `packageManager` does not name one:
 * pnpm/action-setup reads that file and fails when both do.
 */
export function packageManagerOf(root: string): PackageManager {
  const repo = repositoryRoot(root);
  const workingDirectory = relative(repo, root).split("\\").join("/") || undefined;
  const fromRepo = (dir: string, file: string) => relative(repo, join(dir, file)).split("\\").join("/");
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-lock.yaml"))) {
      const lockFile = fromRepo(dir, "pnpm-lock.yaml");
      if (readPackageJson(repo).packageManager?.startsWith("pnpm@")) return { name: "pnpm", lockFile, workingDirectory };
      const lockVersion = /lockfileVersion:\s*['"]?(\d+)/.exec(readFileSync(join(dir, "pnpm-lock.yaml"), "utf8"))?.[1];
      // Lock file v9 is pnpm 9 and 10's, v6 pnpm 8's.
      return { name: "pnpm", lockFile, version: lockVersion === "6" ? 8 : lockVersion === "5" ? 7 : 9, workingDirectory };
    }
    if (existsSync(join(dir, "yarn.lock"))) {
      const berry = existsSync(join(dir, ".yarnrc.yml")) || /^__metadata:/m.test(readFileSync(join(dir, "yarn.lock"), "utf8")) || /^yarn@[2-9]/.test(readPackageJson(dir).packageManager ?? "");
      return { name: "yarn", lockFile: fromRepo(dir, "yarn.lock"), berry, workingDirectory };
    }
    for (const lockFile of ["package-lock.json", "npm-shrinkwrap.json"]) if (existsSync(join(dir, lockFile))) return { name: "npm", lockFile: fromRepo(dir, lockFile), workingDirectory };
    if (dir === repo || dirname(dir) === dir) return { name: "npm", workingDirectory };
  }
}

/**
 * Whether a `.ts`/`.js` config loads as CommonJS: vite bundles a config to
 * CJS unless its extension or package.json says ESM, and the harness's
 * entries are ES modules only.
 */
export function loadsAsCommonJs(root: string, config: string): boolean {
  if (/\.(cts|cjs)$/.test(config)) return true;
  if (/\.(mts|mjs)$/.test(config)) return false;
  return readPackageJson(root).type !== "module";
}

/** Where codegen stands: the command that works in this project, and what is wrong with _generated now. */
export interface CodegenAdvice {
  /** Lines for the "Next:" list. */
  steps: string[];
  /** Problems with the current convex/_generated, each a line. */
  warnings: string[];
}

/**
 * `npx convex codegen` needs a deployment; `--system-udfs` runs without one
 * but writes _generated/api without `components`, which breaks an app that
 * uses any. So: a configured deployment gets plain codegen; an app without
 * components gets `--system-udfs`; an app with components and no deployment
 * gets a local anonymous deployment (`convex dev --once`), the one way to
 * generate `components` without an account. init itself never writes
 * _generated: vitest runs without regenerating (api.js resolves any
 * function path at run time), codegen only brings the types up to date.
 */
export function codegenAdvice(root: string, convex: string, pm: PackageManager): CodegenAdvice {
  const folder = relative(root, convex) || ".";
  const convexCli = `${execOf(pm)} convex`;
  const components = usesComponents(convex);
  const warnings: string[] = [];
  const api = ["api.js", "api.ts"].map((f) => join(convex, "_generated", f)).find((f) => existsSync(f));
  if (components && api && !/\bcomponents\b/.test(readFileSync(api, "utf8"))) {
    const warning =
      `${relative(root, api)} has no \`components\`, but ${folder}/convex.config.ts uses components: it was generated without a deployment (\`codegen --system-udfs\`), and the app's \`components.<name>\` are undefined. Restore the committed one (\`git checkout -- ${folder}/_generated\`) or regenerate it as below.`;
    warnings.push(wrap(warning, 100).join("\n"));
  }
  if (hasDeployment(root)) return { steps: [`${convexCli} codegen   # so the types of ${folder}/_generated know the new functions`], warnings };
  if (!components) return { steps: [`${convexCli} codegen --system-udfs --typecheck=disable   # the types of the new functions; needs no deployment`], warnings };
  const why = [
    `This app uses components and has no deployment configured: \`${convexCli} codegen\` needs one, and`,
    `\`${convexCli} codegen --system-udfs\` writes ${folder}/_generated/api without \`components\`, which breaks the app (do not run it).`,
    "The command above starts a local deployment with no account (it downloads the local backend once);",
    `logged in, \`${convexCli} dev --once\` does the same on a cloud one.`,
    "vitest does not wait for it: _generated/api resolves any function at run time.",
  ].join(" ");
  return { steps: [`CONVEX_AGENT_MODE=anonymous ${convexCli} dev --once   # the types of the new functions, \`components\` included`, ...wrap(why, 100).map((line) => `  ${line}`)], warnings };
}

/** How the package manager runs a package's binary: npx, `pnpm exec`, or yarn (which also serves Plug'n'Play installs). */
export function execOf(pm: PackageManager): string {
  return { npm: "npx", pnpm: "pnpm exec", yarn: "yarn" }[pm.name];
}

/** Words into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Whether the app installs components (convex.config.ts calls `app.use`). */
export function usesComponents(convex: string): boolean {
  const config = ["convex.config.ts", "convex.config.js"].map((f) => join(convex, f)).find((f) => existsSync(f));
  return config !== undefined && /\.use\s*\(/.test(readFileSync(config, "utf8"));
}

/** A deployment the convex CLI would pick: CONVEX_DEPLOYMENT or a self-hosted URL, in the environment or in .env.local / .env (where it reads them). */
function hasDeployment(root: string): boolean {
  const names = ["CONVEX_DEPLOYMENT", "CONVEX_SELF_HOSTED_URL"];
  if (names.some((name) => process.env[name])) return true;
  return [".env.local", ".env"].some((f) => existsSync(join(root, f)) && names.some((name) => new RegExp(`^\\s*${name}\\s*=\\s*\\S`, "m").test(readFileSync(join(root, f), "utf8"))));
}

/**
 * The installed @convex-dev/migrations, looked up as node does (this folder,
 * then its parents), and whether it has the `./test` entry that registers the
 * component in convex-test (0.3 and later).
 */
export function installedMigrations(root: string): { dir: string; testEntry: boolean } | undefined {
  for (let dir = root; ; dir = dirname(dir)) {
    const pkg = join(dir, "node_modules", "@convex-dev", "migrations", "package.json");
    if (existsSync(pkg)) {
      const exports = (JSON.parse(readFileSync(pkg, "utf8")) as { exports?: Record<string, unknown> }).exports ?? {};
      return { dir: dirname(pkg), testEntry: "./test" in exports };
    }
    if (dirname(dir) === dir) return undefined;
  }
}
