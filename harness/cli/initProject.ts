/**
 * What `init` reads of the project around the Convex folder: the package
 * manager (by its lock file), whether package.json makes .ts files CommonJS,
 * whether the app uses components and has a deployment, and from those the
 * codegen command that works there.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

export type PackageManager =
  | { name: "npm"; lockFile?: "package-lock.json" | "npm-shrinkwrap.json" }
  | { name: "pnpm"; lockFile: "pnpm-lock.yaml"; version?: number }
  | { name: "yarn"; lockFile: "yarn.lock"; berry: boolean };

interface PackageJson {
  type?: string;
  packageManager?: string;
}

export function readPackageJson(root: string): PackageJson {
  return JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as PackageJson;
}

/**
 * The package manager whose lock file the project has. pnpm's version is
 * only given when package.json's `packageManager` does not name one:
 * pnpm/action-setup fails when both do.
 */
export function packageManagerOf(root: string): PackageManager {
  const pkg = readPackageJson(root);
  if (existsSync(join(root, "pnpm-lock.yaml"))) {
    if (pkg.packageManager?.startsWith("pnpm@")) return { name: "pnpm", lockFile: "pnpm-lock.yaml" };
    const lockVersion = /lockfileVersion:\s*['"]?(\d+)/.exec(readFileSync(join(root, "pnpm-lock.yaml"), "utf8"))?.[1];
    // Lock file v9 is pnpm 9 and 10's, v6 pnpm 8's.
    return { name: "pnpm", lockFile: "pnpm-lock.yaml", version: lockVersion === "6" ? 8 : lockVersion === "5" ? 7 : 9 };
  }
  if (existsSync(join(root, "yarn.lock"))) {
    const berry = existsSync(join(root, ".yarnrc.yml")) || /^__metadata:/m.test(readFileSync(join(root, "yarn.lock"), "utf8")) || /^yarn@[2-9]/.test(pkg.packageManager ?? "");
    return { name: "yarn", lockFile: "yarn.lock", berry };
  }
  for (const lockFile of ["package-lock.json", "npm-shrinkwrap.json"] as const) if (existsSync(join(root, lockFile))) return { name: "npm", lockFile };
  return { name: "npm" };
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
export function codegenAdvice(root: string, convex: string): CodegenAdvice {
  const folder = relative(root, convex) || ".";
  const components = usesComponents(convex);
  const warnings: string[] = [];
  const api = ["api.js", "api.ts"].map((f) => join(convex, "_generated", f)).find((f) => existsSync(f));
  if (components && api && !/\bcomponents\b/.test(readFileSync(api, "utf8"))) {
    warnings.push(
      `${relative(root, api)} has no \`components\`, but ${folder}/convex.config.ts uses components: it was generated without a deployment (\`codegen --system-udfs\`), and the app's \`components.<name>\` are undefined. Restore the committed one (\`git checkout -- ${folder}/_generated\`) or regenerate it as below.`,
    );
  }
  if (hasDeployment(root)) return { steps: ["npx convex codegen                      # so the types of convex/_generated know the new functions"], warnings };
  if (!components) return { steps: ["npx convex codegen --system-udfs --typecheck=disable   # the types of the new functions; needs no deployment"], warnings };
  return {
    steps: [
      "CONVEX_AGENT_MODE=anonymous npx convex dev --once   # the types of the new functions, `components` included",
      `  (this app uses components and has no deployment configured. \`npx convex codegen\` needs one; do not run \`npx convex codegen --system-udfs\`: it writes ${folder}/_generated/api without \`components\`, which breaks the app. The command above starts a local deployment with no account (it downloads the local backend once); \`npx convex dev --once\`, logged in, does the same on a cloud one. vitest does not wait for it: _generated/api resolves any function at run time.)`,
    ],
    warnings,
  };
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
