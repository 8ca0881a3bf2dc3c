/**
 * Seed markers: values a dataset cannot hold literally, resolved by the
 * app's `seed` function while it inserts. Two kinds:
 *
 * - `{ __ref: [table, index] }`, built in: the id of the `index`-th document
 *   of `table` in the dataset, minted earlier in the same call (references to
 *   earlier calls arrive as id strings, resolved by the harness).
 * - `{ __<name>: payload, ...options }` for every `name` the app passes in
 *   `markers`, e.g. `{ __encrypt: "sk-..." }` resolved by the app's own
 *   encryption: AES-GCM with a random IV cannot come out of a synchronous
 *   generator, and the key lives in the app.
 *
 * Kept free of the harness's test-side code: it runs inside the deployment.
 */

/** Resolves one marker object (the whole `{ __name: payload, ... }`) to the value to store. */
export type MarkerResolver = (marker: Record<string, unknown>) => unknown | Promise<unknown>;

export type MarkerResolvers = Readonly<Record<string, MarkerResolver>>;

/** Ids minted earlier in this seed call, by `table#index`. */
export type Minted = ReadonlyMap<string, string>;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer);
}

/** The marker's name when `value` is `{ __name: ..., ...}`, else null. */
export function markerName(value: Record<string, unknown>): string | null {
  const keys = Object.keys(value).filter((key) => key.startsWith("__"));
  return keys.length === 1 ? keys[0].slice(2) : null;
}

/**
 * `value` with every marker resolved, at any depth. `at` names the document
 * (`threads[3]`) in error messages.
 */
export async function resolveMarkers(value: unknown, minted: Minted, markers: MarkerResolvers, at: string): Promise<unknown> {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) out.push(await resolveMarkers(item, minted, markers, at));
    return out;
  }
  if (!isPlainObject(value)) return value;
  const name = markerName(value);
  if (name === "ref" && Array.isArray(value.__ref) && Object.keys(value).length === 1) {
    const [table, index] = value.__ref as [string, number];
    const id = minted.get(`${table}#${index}`);
    if (id === undefined) {
      throw new Error(
        `${at} references ${table}[${index}], which was not inserted earlier in this seed call; ` +
          "references to documents of earlier calls must be passed as id strings",
      );
    }
    return id;
  }
  if (name !== null) {
    const resolve = markers[name];
    if (!resolve) {
      const known = ["ref", ...Object.keys(markers)].map((n) => `__${n}`).join(", ");
      throw new Error(`${at} holds the seed marker __${name}, which this app's testing functions do not resolve (known: ${known})`);
    }
    return resolve(value);
  }
  const out: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(value)) out[field] = await resolveMarkers(item, minted, markers, at);
  return out;
}
