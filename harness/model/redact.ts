/**
 * Redaction of values that look like secrets, for everything a person reads:
 * certificates (JSON, Markdown, HTML, JUnit), fuzz output and the committed
 * corpus. A redacted value keeps its kind, its length and a short
 * fingerprint, so that two different keys in one report stay apart and the
 * same key reads the same everywhere, but the value itself is gone.
 */

/** Shapes of provider keys and key-like material, most specific first. */
const SECRET_SHAPES: Array<{ kind: string; pattern: RegExp }> = [
  { kind: "sk-ant", pattern: /sk-ant-[A-Za-z0-9_-]{8,}/g },
  { kind: "sk-or", pattern: /sk-or-[A-Za-z0-9_-]{8,}/g },
  { kind: "sk", pattern: /sk-[A-Za-z0-9_-]{8,}/g },
  { kind: "AIza", pattern: /AIza[A-Za-z0-9_-]{10,}/g },
  // Hashes, hex keys. Convex ids use letters past f, so they do not match.
  { kind: "hex", pattern: /(?<![A-Za-z0-9])[0-9a-fA-F]{32,}(?![A-Za-z0-9])/g },
  // Base64 / base64url runs (ciphertext, tokens). Requires mixed case and a
  // digit so that Convex ids (lowercase) and long words stay readable.
  { kind: "base64", pattern: /(?<![A-Za-z0-9+/_-])(?=[A-Za-z0-9+/_-]*[a-z])(?=[A-Za-z0-9+/_-]*[A-Z])(?=[A-Za-z0-9+/_-]*[0-9])[A-Za-z0-9+/_-]{32,}={0,2}/g },
];

/** What a redacted value looks like in text; `isRedacted` recognises it. */
const MARK = /‹redacted [^›]*›/;

export interface RedactOptions {
  /** Exact values to redact wherever they appear, e.g. the values of a spec's secret fields. */
  values?: Iterable<string>;
}

/** Replaces every secret-looking run in `text` (and every listed value) with a marker. */
export function redactText(text: string, options: RedactOptions = {}): string {
  let out = text;
  // Longest first, so that a value containing another is replaced whole.
  const values = [...new Set(options.values ?? [])].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
  for (const value of values) out = out.split(value).join(marker("secret", value));
  for (const { kind, pattern } of SECRET_SHAPES) {
    out = out.replace(pattern, (match) => (kind === "base64" && !isTokenLike(match) ? match : marker(kind, match)));
  }
  return out;
}

/**
 * Whether a base64-looking run can be one token: not an identifier, and not
 * a mix of base64's "+/" with base64url's "-_" (a file path such as
 * `/tmp/run-Ab3x/apiKeysToTable_dropsAnthropic` has both; a key or a
 * ciphertext is written in one alphabet).
 */
function isTokenLike(run: string): boolean {
  if (isIdentifier(run)) return false;
  return !(/[/+]/.test(run) && /[-_]/.test(run));
}

/**
 * Whether a base64-looking run is an identifier a reader needs (a migration,
 * fault, table, field or function name): camelCase or snake_case words,
 * every capital starting a word (never two in a row) and at most two
 * digits. Random base64 of 32+ characters has two capitals in a row and
 * more digits almost always (far under one in a thousand passes both).
 */
export function isIdentifier(run: string): boolean {
  if (!/^[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+|[_-][A-Za-z][a-z0-9]*)*$/.test(run)) return false;
  return (run.match(/[0-9]/g) ?? []).length <= 2;
}

/** True when `text` holds at least one redaction marker. */
export function isRedacted(text: string): boolean {
  return MARK.test(text);
}

/** True when `text` holds a value that redaction would replace. */
export function looksSecret(text: string): boolean {
  return redactText(text) !== text;
}

/**
 * A deep copy of `value` with every string redacted; keys are kept. Strings
 * at a path that `isSecretPath` accepts are redacted whole, whatever they
 * look like (a spec's declared secret fields). Non-string leaves (numbers,
 * bigints, ArrayBuffers) are kept as they are.
 */
export function redactValue<T>(value: T, options: RedactOptions & { isSecretPath?: (path: string[]) => boolean } = {}): T {
  const walk = (item: unknown, path: string[]): unknown => {
    if (typeof item === "string") {
      if (item.length > 0 && options.isSecretPath?.(path) && !isRedacted(item)) return marker("secret", item);
      return redactText(item, options);
    }
    if (Array.isArray(item)) return item.map((x, i) => walk(x, [...path, String(i)]));
    if (item !== null && typeof item === "object" && !(item instanceof ArrayBuffer)) {
      return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return item;
  };
  return walk(value, []) as T;
}

function marker(kind: string, value: string): string {
  return `‹redacted ${kind} ${value.length}ch #${fingerprint(value)}›`;
}

/**
 * FNV-1a, 24 bits: tells values apart in a report. Not a commitment: API
 * keys carry far more entropy than 24 bits, so it reveals nothing usable.
 */
function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 0xffffff).toString(16).padStart(6, "0");
}

/** Secret fields per table, as a spec's `secrets.fields` lists them. */
export type SecretFields = Readonly<Record<string, readonly string[]>>;

/**
 * Redaction options for a dataset (or anything holding one under `tables`):
 * the declared secret fields are redacted whole, and their values are
 * redacted wherever else they appear (a diff, a failure message).
 */
export function secretsOfDataset(dataset: { tables: Record<string, Array<Record<string, unknown>>> } | undefined, fields: SecretFields = {}) {
  const isSecretPath = (path: string[]): boolean => {
    const at = path.indexOf("tables");
    return at >= 0 && path.length >= at + 4 && (fields[path[at + 1]] ?? []).includes(path[at + 3]);
  };
  const values: string[] = [];
  for (const [table, names] of Object.entries(fields)) {
    for (const doc of dataset?.tables[table] ?? []) {
      for (const name of names) {
        const value = doc[name];
        if (typeof value === "string") values.push(value);
        else if (value !== null && typeof value === "object" && typeof (value as { __encrypt?: unknown }).__encrypt === "string") {
          values.push((value as { __encrypt: string }).__encrypt);
        }
      }
    }
  }
  return { isSecretPath, values };
}
