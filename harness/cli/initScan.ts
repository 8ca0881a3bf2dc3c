/**
 * What `init` reads of a Convex folder's modules, without running them: which
 * exports are migrations (a batch module's `forward`, or a
 * @convex-dev/migrations `migrations.define`), through re-exports, and the
 * app's one-batch runner and Migrations instance if it has them. Read from the
 * text (the CLI has no TypeScript compiler to lean on), comments removed, so
 * it knows the shapes the component's docs and the batch protocol write.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** One export of a module, followed to the module that declares it. */
interface ExportInfo {
  /** `migrations.define(...)`: a component migration. */
  define: boolean;
  /** `componentBatchRunner(...)`: the app's one-batch runner. */
  runner: boolean;
  /** `new Migrations(...)`: the app's Migrations instance. */
  instance: boolean;
  /** The table a define names (`table: "posts"`), if it names one. */
  table?: string;
  /** The component the instance or runner is built on (`components.<name>`). */
  component?: string;
  /** The declaring file, and its text (comments removed): a batch migration's table is read from it. */
  file: string;
  text: string;
}

/** A migration `init` can write a spec for. */
export interface FoundMigration {
  /** How `--migration` names it: a batch module's path (`migrations/addSlug`) or `module:export`. */
  id: string;
  protocol: "batch" | "component";
  /** Convex module path of the functions (where they are served, re-exports included). */
  module: string;
  forward: string;
  rollback?: string;
  table?: string;
}

/** Every module of the Convex folder and what each exports, re-exports resolved. */
export interface ConvexModules {
  /** Module path (relative to the Convex folder, no extension) to its exports. */
  modules: Map<string, Map<string, ExportInfo>>;
  /** File of each module path, for messages. */
  files: Map<string, string>;
}

const SOURCE = /\.(ts|js|mts|mjs|tsx|jsx)$/;

export function scanConvexFolder(convex: string): ConvexModules {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "_generated" && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(path);
      } else if (SOURCE.test(entry.name) && !/\.(test|spec|d)\.[jt]sx?$/.test(entry.name) && !/^(schema|convex\.config)\./.test(entry.name)) {
        files.set(relative(convex, path).split("\\").join("/").replace(SOURCE, ""), path);
      }
    }
  };
  if (existsSync(convex)) walk(convex);
  // One reading per file, so a re-exported declaration is the same object wherever it is served.
  const read = new Map<string, Map<string, ExportInfo>>();
  const exportsOf = (file: string): Map<string, ExportInfo> => {
    const known = read.get(file);
    if (known) return known;
    read.set(file, new Map()); // a cycle of re-exports ends here
    const exports = readExports(file, (specifier) => {
      const target = resolveImport(file, specifier);
      return target ? exportsOf(target) : new Map();
    });
    read.set(file, exports);
    return exports;
  };
  const modules = new Map([...files].map(([path, file]) => [path, exportsOf(file)]));
  return { modules, files };
}

/** The migrations one module serves: its `forward` (and `rollback`), and each define that is not another's rollback. */
export function migrationsIn(module: string, exports: Map<string, ExportInfo>): FoundMigration[] {
  const found: FoundMigration[] = [];
  const forward = exports.get("forward");
  if (forward) {
    const rollback = exports.has("rollback") ? "rollback" : undefined;
    found.push({ id: module, protocol: forward.define ? "component" : "batch", module, forward: "forward", rollback, table: forward.table ?? queriedTable(forward.text) });
  }
  const rollbacks = new Set([...exports.keys()].map((name) => rollbackOf(name, exports)));
  for (const [name, info] of exports) {
    if (!info.define || name === "forward" || name === "rollback" || rollbacks.has(name)) continue;
    found.push({ id: `${module}:${name}`, protocol: "component", module, forward: name, rollback: rollbackOf(name, exports), table: info.table });
  }
  return found;
}

/** Every migration the folder serves. A define re-exported by another module is listed once, by the re-exporting module's path. */
export function findMigrations({ modules, files }: ConvexModules): FoundMigration[] {
  const found = [...modules].flatMap(([module, exports]) => migrationsIn(module, exports));
  const info = (m: FoundMigration) => modules.get(m.module)!.get(m.forward)!;
  const reexported = new Set(found.filter((m) => info(m).file !== files.get(m.module)).map(info));
  return found.filter((m) => info(m).file !== files.get(m.module) || !reexported.has(info(m)));
}

/** The app's one-batch runner (`componentBatchRunner`), as `module:export` with its component, if it has one. */
export function findRunner({ modules, files }: ConvexModules): { path: string; component?: string } | undefined {
  for (const [module, exports] of modules) for (const [name, info] of exports) if (info.runner && info.file === files.get(module)) return { path: `${module}:${name}`, component: info.component };
  return undefined;
}

/** The app's exported Migrations instance (`export const migrations = new Migrations(components.x)`). */
export function findInstance({ modules, files }: ConvexModules): { module: string; name: string; component?: string } | undefined {
  for (const [module, exports] of modules) for (const [name, info] of exports) if (info.instance && info.file === files.get(module)) return { module, name, component: info.component };
  return undefined;
}

/** The name a component migration's rollback goes by beside it: `xRollback`, `rollbackX`, `undoX`, `revertX`, `xDown`. */
function rollbackOf(name: string, exports: Map<string, ExportInfo>): string | undefined {
  const cap = name[0].toUpperCase() + name.slice(1);
  return [`${name}Rollback`, `rollback${cap}`, `undo${cap}`, `revert${cap}`, `${name}Down`].find((candidate) => exports.get(candidate)?.define);
}

/** A batch migration's table: the first `ctx.db.query("t")` of its module. */
function queriedTable(text: string): string | undefined {
  return /\.db\s*\.query\(\s*["'`](\w+)["'`]\s*\)/.exec(text)?.[1];
}

/** The exports of one file: its own declarations, `export { a as b }`, and re-exports through `reexports(specifier)`. */
function readExports(file: string, reexports: (specifier: string) => Map<string, ExportInfo>): Map<string, ExportInfo> {
  const text = withoutComments(readFileSync(file, "utf8"));
  const declared = new Map<string, ExportInfo>();
  for (const match of text.matchAll(/(?:^|[;\n])\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*/g)) {
    declared.set(match[1], { ...describe(text.slice(match.index! + match[0].length)), file, text });
  }
  const imported = new Map<string, { specifier: string; name: string }>();
  for (const match of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const [name, local] of specifiers(match[1])) imported.set(local, { specifier: match[2], name });
  }
  const exports = new Map<string, ExportInfo>();
  const plain: ExportInfo = { define: false, runner: false, instance: false, file, text };
  for (const match of text.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) exports.set(match[1], declared.get(match[1]) ?? plain);
  for (const match of text.matchAll(/export\s+async\s+function\s+([A-Za-z_$][\w$]*)|export\s+function\s+([A-Za-z_$][\w$]*)/g)) {
    exports.set(match[1] ?? match[2], plain);
  }
  for (const match of text.matchAll(/export\s*\{([^}]*)\}\s*(?:from\s*["']([^"']+)["'])?/g)) {
    const from = match[2] !== undefined ? reexports(match[2]) : undefined;
    for (const [name, exported] of specifiers(match[1])) {
      const info = from ? from.get(name) : declared.get(name) ?? importedExport(imported.get(name), reexports);
      if (info) exports.set(exported, info);
    }
  }
  for (const match of text.matchAll(/export\s*\*\s*from\s*["']([^"']+)["']/g)) {
    for (const [name, info] of reexports(match[1])) if (name !== "default" && !exports.has(name)) exports.set(name, info);
  }
  return exports;
}

function importedExport(source: { specifier: string; name: string } | undefined, reexports: (specifier: string) => Map<string, ExportInfo>): ExportInfo | undefined {
  return source ? reexports(source.specifier).get(source.name) : undefined;
}

/** `a, b as c, type d` as [name, local-or-exported] pairs. */
function specifiers(list: string): [string, string][] {
  return list
    .split(",")
    .map((part) => part.trim().replace(/^type\s+/, ""))
    .filter(Boolean)
    .map((part) => {
      const [name, alias] = part.split(/\s+as\s+/);
      return [name.trim(), (alias ?? name).trim()];
    });
}

/** What a declaration builds, read from its initializer (`rest`) up to the next top-level statement. */
function describe(rest: string): Omit<ExportInfo, "file" | "text"> {
  const end = rest.search(/\n(?:export\s|const\s|let\s|var\s|function\s|async\s+function\s)/);
  const body = end === -1 ? rest : rest.slice(0, end);
  // @convex-dev/migrations' define always names its table; other libraries' `.define(` rarely do.
  const define = /^[A-Za-z_$][\w$]*\s*\.\s*define\s*\(/.test(body) && /\btable\s*:/.test(body);
  const runner = /^componentBatchRunner\s*\(/.test(body);
  const instance = /^new\s+Migrations\b/.test(body);
  const table = define ? /\btable\s*:\s*["'`](\w+)["'`]/.exec(body)?.[1] : undefined;
  const component = /components\s*\.\s*([A-Za-z_$][\w$]*)/.exec(body)?.[1] ?? /components\s*\[\s*["'](\w+)["']\s*\]/.exec(body)?.[1];
  return { define, runner, instance, table, component: runner || instance ? component : undefined };
}

/** The text without comments (a URL's `//` is left alone). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** A relative import's file (`./x`, `./x.js` for `./x.ts`, `./dir` for its index); packages are not followed. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = join(dirname(from), specifier);
  const stem = base.replace(/\.(m?js|jsx)$/, "");
  const candidates = [base, ...[".ts", ".tsx", ".mts", ".js", ".mjs"].map((ext) => stem + ext), ...["index.ts", "index.js"].map((index) => join(base, index))];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}
