import type { SnapshotDocument } from "../../../model/snapshot.js";
import { isArray, isPlainObject } from "../../../model/values.js";

/** Reads one table's documents on the deployment the names are for. */
export type ReadTable = (table: string) => Promise<SnapshotDocument[]>;

/**
 * Names for what a deployment mints and neither the app nor the migration
 * chooses: document ids and creation times. Two deployments given the same
 * data and the same writes never mint the same ones (ids on a real backend,
 * `_creationTime` on every backend), so answers are compared through names:
 * a seeded document is named as the dataset names it (`users[0]`), and its
 * creation time by it (`_creationTime of users[0]`). A document inserted
 * during the run is named by its table alone (`settings[inserted]`): whether
 * the app's write or the migration inserted the row the app then reads is
 * the system's business, and what the app can see of it is its content.
 */
export class MintedNames {
  private readonly ids: Map<string, string>;
  private readonly times = new Map<number, string>();

  constructor(seeded: ReadonlyMap<string, string>, private readonly tables: readonly string[]) {
    this.ids = new Map(seeded);
  }

  /** Before answers are named: reads what exists, naming each document and its creation time. */
  async beforeAnswers(read: ReadTable): Promise<void> {
    for (const table of this.tables) {
      for (const doc of await read(table)) {
        let name = this.ids.get(doc._id);
        if (name === undefined) this.ids.set(doc._id, (name = `${table}[inserted]`));
        if (!this.times.has(doc._creationTime)) this.times.set(doc._creationTime, name);
      }
    }
  }

  /**
   * `value` with every named id replaced by its name and every named
   * creation time by `_creationTime of <name>`, wherever they are (a
   * document's own fields, or a copy the app made of them).
   */
  name(value: unknown): unknown {
    if (typeof value === "string") return this.ids.get(value) ?? value;
    if (typeof value === "number") {
      const name = this.times.get(value);
      return name === undefined ? value : `_creationTime of ${name}`;
    }
    if (isArray(value)) return value.map((item) => this.name(item));
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.name(v)]));
    return value;
  }
}
