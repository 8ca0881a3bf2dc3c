import { parseArgs, type ParseArgsConfig } from "node:util";

/** A command-line mistake: printed as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** One option of a command: its flag, what it takes, and the line `--help` prints for it. */
export interface OptionSpec {
  type: "string" | "boolean";
  /** "--time 10m" style, for the usage text. */
  usage: string;
  help: string;
  short?: string;
}

export interface CommandSpec {
  /** "certify", shown after the program name. */
  name: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Example invocations, one per line, shown under the usage. */
  examples: string[];
}

/**
 * Parses `argv` for a command with node's util.parseArgs (strict: an unknown
 * option or a missing value is a UsageError). Returns null when `--help` was
 * asked for, after printing the usage.
 */
export function parseCommand(spec: CommandSpec, argv: string[], invocation: string): Record<string, string | boolean | undefined> | null {
  const options: ParseArgsConfig["options"] = { help: { type: "boolean", short: "h" } };
  for (const [name, option] of Object.entries(spec.options)) options[name] = { type: option.type, ...(option.short ? { short: option.short } : {}) };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }) as { values: Record<string, string | boolean | undefined> });
  } catch (error) {
    const message = (error as Error).message.split("\n")[0].replace(/\. To specify .*$/, "");
    throw new UsageError(`${invocation}: ${message} (\`${invocation} --help\` lists the options)`);
  }
  if (values.help) {
    process.stdout.write(usageText(spec, invocation));
    return null;
  }
  return values;
}

export function usageText(spec: CommandSpec, invocation: string): string {
  const width = Math.max(...Object.values(spec.options).map((o) => o.usage.length), 6);
  const lines = [
    `Usage: ${invocation} [options]`,
    "",
    spec.summary,
    "",
    "Options:",
    ...Object.values(spec.options).map((o) => `  ${o.usage.padEnd(width)}  ${o.help}`),
    `  ${"--help".padEnd(width)}  print this and exit`,
    "",
    "Examples:",
    ...spec.examples.map((e) => `  ${e}`),
    "",
  ];
  return lines.join("\n");
}

export function integer(flag: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== "string" || !Number.isInteger(n)) throw new UsageError(`--${flag} must be an integer, got ${String(value)}`);
  return n | 0;
}

export function positiveInteger(flag: string, value: string | boolean | undefined): number | undefined {
  const n = integer(flag, value);
  if (n !== undefined && n < 1) throw new UsageError(`--${flag} must be a positive integer, got ${String(value)}`);
  return n;
}

/** "90s", "10m", "1h", "1h30m" or plain seconds, in ms. */
export function parseDuration(flag: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new UsageError(`--${flag} needs a duration, e.g. 10m`);
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || value === "") throw new UsageError(`--${flag} must look like 90s, 10m, 1h or 1h30m, got ${value}`);
  const [, h = "0", m = "0", s = "0"] = match;
  const ms = ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
  if (ms <= 0) throw new UsageError(`--${flag} must be longer than 0, got ${value}`);
  return ms;
}

/** "2/4" -> { index: 2, count: 4 }. */
export function parseShard(value: string | boolean | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === "string" ? /^(\d+)\/(\d+)$/.exec(value) : null;
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be i/n with 1 <= i <= n, got ${String(value)}`);
  return { index, count };
}

/** "a,b" -> ["a", "b"]; every item must be one of `known` when given. */
export function parseList(flag: string, value: string | boolean | undefined, known?: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined;
  const items = typeof value === "string" ? value.split(",").map((s) => s.trim()).filter(Boolean) : [];
  if (items.length === 0) throw new UsageError(`--${flag} needs at least one name`);
  const unknown = known ? items.filter((item) => !known.includes(item)) : [];
  if (unknown.length > 0) throw new UsageError(`--${flag}: unknown ${unknown.join(", ")}; known: ${known!.join(", ")}`);
  return [...new Set(items)];
}
