import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Folders never searched for spec files. */
const SKIPPED = new Set(["node_modules", ".git", "dist", "reports", ".vite", ".stryker-tmp"]);

/**
 * A glob as a regular expression over paths relative to the project root
 * (`/`-separated): `**` any number of folders, `*` and `?` within one
 * name, `{a,b}` alternatives. Enough for spec and source patterns; the
 * harness takes no glob library for it.
 */
export function globToRegExp(glob: string): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      out += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      out += `(?:${glob.slice(i + 1, end).split(",").map(escape).join("|")})`;
      i = end;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globToRegExp(glob).test(path));
}

/** Every file under `root` matching one of `globs`, as sorted paths relative to `root`. */
export function findFiles(root: string, globs: readonly string[]): string[] {
  const patterns = globs.map(globToRegExp);
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (SKIPPED.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const rel = relative(root, path).split("\\").join("/");
        if (patterns.some((p) => p.test(rel))) found.push(rel);
      }
    }
  };
  walk(root);
  return found.sort();
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}
