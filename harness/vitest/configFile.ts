import { existsSync } from "node:fs";
import { join, relative } from "node:path";

const DEFAULT_NAMES = ["vitest", "vite"].flatMap((base) => ["ts", "mts", "cts", "js", "mjs", "cjs"].map((ext) => `${base}.config.${ext}`));

/**
 * The `-c` a replay command needs: the config file vitest ran under,
 * relative to the project root, or undefined when `npx vitest run` from the
 * root would load that same file by itself (the first of vitest's default
 * names that exists there).
 */
export function replayConfigFile(root: string, configFile: string | false | undefined): string | undefined {
  if (!configFile) return undefined;
  const found = DEFAULT_NAMES.map((name) => join(root, name)).find((path) => existsSync(path));
  if (found === configFile) return undefined;
  const path = relative(root, configFile).split("\\").join("/");
  return path.startsWith("..") ? configFile : path;
}
