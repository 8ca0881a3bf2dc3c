import { formatValue } from "./format.js";

/** The ids the seeding gave each table's documents, in dataset order. */
export type SeededIds = Record<string, string[]>;

/** id -> "table[index]" for every seeded document, so failures name documents as the dataset does. */
export function idLabels(ids: SeededIds): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [table, list] of Object.entries(ids)) list.forEach((id, index) => labels.set(id, `${table}[${index}]`));
  return labels;
}

/** Replaces seeded ids inside a value by their labels (for display and for comparing two backends). */
export function labelIds(value: unknown, labels: Map<string, string>): unknown {
  if (typeof value === "string") return labels.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => labelIds(item, labels));
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, labelIds(v, labels)]));
  }
  return value;
}

/** `name({ userId: users[0] })`, short enough for a failure line. */
export function describeCall(name: string, args: unknown): string {
  const shown = formatValue(args).replace(/"(\w+\[\d+\])"/g, "$1");
  return `${name}(${shown})`;
}

/**
 * `text` with every seeded id replaced by its dataset label: one name per
 * document in every report, whatever wrote the message (an invariant, the
 * app's error, a spec's accounting).
 */
export function relabelText(text: string, labels: ReadonlyMap<string, string>): string {
  if (labels.size === 0) return text;
  const ids = [...labels.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  const tables = [...new Set([...labels.values()].map((label) => /^(\w+)\[/.exec(label)?.[1]).filter((t) => t !== undefined))].map(escape).join("|");
  // A message that wrote "<table> <id>" names the table once the id is a label (`notes[0]`): the table is said once.
  const pattern = new RegExp(tables ? `(?:\\b(${tables}) )?(${ids})` : `()(${ids})`, "g");
  return text.replace(pattern, (_, table: string | undefined, id: string) => {
    const label = labels.get(id) ?? id;
    return table && !label.startsWith(`${table}[`) ? `${table} ${label}` : label;
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Names of the documents a property run created (forward's inserts, an app
 * write's): `apiKeys[new 0]`, numbered per table in the order the run first
 * read them, so that no failure shows a raw id for a document the dataset
 * did not seed.
 */
export class CreatedLabels implements Iterable<[string, string]> {
  private readonly byId = new Map<string, string>();
  private readonly perTable = new Map<string, number>();

  get(id: string): string | undefined {
    return this.byId.get(id);
  }

  /** Names `id` unless it has a name already. */
  note(table: string, id: string): void {
    if (this.byId.has(id)) return;
    const n = this.perTable.get(table) ?? 0;
    this.perTable.set(table, n + 1);
    this.byId.set(id, `${table}[new ${n}]`);
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.byId.entries();
  }
}
