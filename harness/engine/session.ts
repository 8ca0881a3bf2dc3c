import type { Dataset } from "../model/dataset.js";
import type { App } from "../model/app.js";
import type { Backend, BackendProvider } from "../model/backend.js";
import { DeadlineExceeded } from "./deadline.js";
import { preciseDuration } from "../model/duration.js";
import { readSnapshot } from "./read.js";
import { seedDataset } from "./seed.js";
import type { SeededIds } from "../model/labels.js";
import type { InvariantName } from "../model/invariantNames.js";
import type { MigrationDriver } from "../spec/migration.js";
import { CreatedLabels, idLabels } from "../model/labels.js";
import { stableStringify } from "../model/stable.js";
import { batchBound, runMigration, type RunOptions, type RunOutcome } from "./runner.js";
import { canonicalize, withContentLabels } from "../snapshot/canonical.js";
import type { MigrationSpec } from "../spec/types.js";
import type { Snapshot } from "../model/snapshot.js";
import { InvariantViolation, type Crash } from "../model/violation.js";

import type { Direction } from "../model/direction.js";

/** Everything a property run needs; shared by every run of one check. */
export interface CheckContext {
  app: App;
  spec: MigrationSpec;
  provider: BackendProvider;
  /**
   * Dataset labels (`users[0]`) of every document seeded in the current
   * property run, by id: failures name documents as the dataset does.
   */
  labels?: Map<string, string>;
  /**
   * Content labels of this run's views (`users:1a2b3c4d`), to the dataset
   * labels of the seeded documents that had that content at some point
   * (several when documents of equal content are involved).
   */
  contentLabels?: Map<string, Set<string>>;
  /** Names of the documents the current property run created, as its snapshots first showed them. */
  created?: CreatedLabels;
  /**
   * Whether forward ran in some property run of the check, and whether it
   * changed any document: a check whose forward never changed anything
   * passed on data the migration never acted on. Watched until the first change.
   */
  forwardWrites?: { ran: boolean; changed: boolean };
}

/**
 * One property run's deployment: an empty backend, seeded with a dataset,
 * plus the operations invariants are written in.
 */
export class Session {
  private constructor(
    readonly ctx: CheckContext,
    readonly backend: Backend,
    readonly invariant: InvariantName,
    readonly dataset: Dataset,
  ) {}

  static async open(ctx: CheckContext, invariant: InvariantName, dataset: Dataset): Promise<Session> {
    const session = new Session(ctx, await ctx.provider.fresh(ctx.app), invariant, dataset);
    session.ids = await seedDataset(ctx.app, session.backend, dataset);
    session.documents = countDocuments(dataset, ctx.spec.table);
    ctx.labels ??= new Map();
    for (const [id, label] of idLabels(session.ids)) ctx.labels.set(id, label);
    return session;
  }

  ids: SeededIds = {};
  /** n of the termination bound: documents of the paged table after seeding. */
  documents = 0;

  /** The dataset's name for a seeded document's id (`users[0]`), else the id itself. */
  label(id: string): string {
    return this.ctx.labels?.get(id) ?? this.ctx.created?.get(id) ?? id;
  }

  driver(direction: Direction): MigrationDriver {
    const driver = direction === "forward" ? this.ctx.spec.forward : this.ctx.spec.rollback;
    if (!driver) throw new Error(`${this.ctx.spec.name} has no ${direction}`);
    return driver;
  }

  bound(batchSize: number): number {
    return batchBound(this.documents, batchSize, this.ctx.spec.slack);
  }

  /** Runs a direction with the termination bound; returns what happened. */
  async run(direction: Direction, options: Partial<RunOptions> = {}): Promise<RunOutcome> {
    const batchSize = options.batchSize ?? this.ctx.spec.batchSize;
    const writes = direction === "forward" && this.ctx.forwardWrites?.changed === false ? this.ctx.forwardWrites : undefined;
    // Two snapshots per forward run, only until forward has changed something once.
    const before = writes && stableStringify(await this.snapshot());
    const outcome = await runMigration(this.backend, this.driver(direction), {
      maxBatches: this.bound(batchSize),
      ...options,
      batchSize,
    });
    if (writes && (outcome.status === "done" || outcome.status === "stopped")) {
      writes.ran = true;
      if (stableStringify(await this.snapshot()) !== before) writes.changed = true;
    }
    return outcome;
  }

  /**
   * Runs a direction to completion, or ends the property run with a failure
   * that says why it could not complete (a crash, a batch past its deadline,
   * or no end in sight).
   */
  async complete(direction: Direction, options: Partial<RunOptions> = {}): Promise<RunOutcome & { status: "done" | "stopped" }> {
    const outcome = await this.run(direction, options);
    if (outcome.status === "done" || outcome.status === "stopped") return outcome;
    if (outcome.status === "threw") {
      const crash = await this.locateCrash(direction, outcome, options.batchSize ?? this.ctx.spec.batchSize);
      const what = crash.kind === "deadline" ? `did not return within ${preciseDuration((outcome.error as DeadlineExceeded).deadlineMs)}` : `threw: ${crash.message}`;
      throw new InvariantViolation({
        invariant: this.invariant,
        kind: crash.kind === "deadline" ? "deadline" : "violation",
        summary: `${direction} batch ${crash.batch} ${what}`,
        details: describeCrash(crash),
        crash,
      });
    }
    throw new InvariantViolation({
      invariant: this.invariant,
      summary: `${direction} did not finish within ${outcome.maxBatches} batches`,
      details: describeNonTermination(outcome.batches, this.documents),
    });
  }

  async snapshot(): Promise<Snapshot> {
    const snapshot = await readSnapshot(this.ctx.app, this.backend);
    // A document no seeding named was created by the run: it gets a name the first time a snapshot shows it.
    const created = (this.ctx.created ??= new CreatedLabels());
    for (const [table, docs] of Object.entries(snapshot.tables)) {
      for (const doc of docs) if (!this.ctx.labels?.has(doc._id)) created.note(table, doc._id);
    }
    return snapshot;
  }

  /**
   * The spec's view of a snapshot, or the canonical snapshot by default. The
   * content labels it gives seeded documents are kept, so a diff of two
   * views names them as the dataset does.
   */
  async view(whole: Snapshot): Promise<unknown> {
    const schema = this.ctx.app.schema;
    const helpers = { canonicalize: (changed: Snapshot) => canonicalize(changed, schema) };
    // The app's bookkeeping tables are the migrations' own records, not the app's data: no state comparison looks at them.
    const snapshot = withoutTables(whole, this.ctx.app.bookkeeping);
    const { result, labels } = await withContentLabels(() =>
      this.ctx.spec.view ? this.ctx.spec.view(snapshot as never, helpers) : helpers.canonicalize(snapshot),
    );
    this.ctx.contentLabels ??= new Map();
    for (const [id, label] of labels) {
      const named = this.ctx.labels?.get(id);
      if (named === undefined) continue;
      const names = this.ctx.contentLabels.get(label) ?? new Set<string>();
      this.ctx.contentLabels.set(label, names.add(named));
    }
    return result;
  }

  dispose(): Promise<void> {
    return this.backend.dispose();
  }

  private async locateCrash(direction: Direction, outcome: RunOutcome & { status: "threw" }, batchSize: number): Promise<Crash> {
    const deadline = outcome.error instanceof DeadlineExceeded;
    const message = outcome.error.message;
    const base = { kind: deadline ? ("deadline" as const) : ("threw" as const), direction, batch: outcome.batch, cursor: outcome.cursor, message };
    // A batch past its deadline left the backend unusable: its page is the
    // dataset's, counted from the batches before it.
    if (deadline) return { ...base, batchDocuments: this.expectedPage(outcome.batch, batchSize) };
    const table = this.ctx.spec.table;
    let ids: string[] = [];
    // The failed batch rolled back, so its page still reads as the batch saw it.
    if (table) {
      try {
        const page = (await this.backend.query(this.ctx.app.functions.readPage, {
          table, cursor: outcome.cursor, numItems: batchSize,
        })) as { page: Array<{ _id: string }> };
        ids = page.page.map((d) => d._id);
      } catch {
        // Locating is best effort: the crash itself is what gets reported.
      }
    }
    const named = ids.find((id) => message.includes(id));
    return { ...base, batchDocuments: ids.map((id) => this.label(id)), ...(named ? { document: this.label(named) } : {}) };
  }

  /** The paged table's documents of batch `batch` when every batch before it took a full page. */
  private expectedPage(batch: number, batchSize: number): string[] {
    const table = this.ctx.spec.table;
    if (!table) return [];
    const deleted = new Set((this.dataset.deleted ?? []).filter((d) => d.table === table).map((d) => d.index));
    const live = (this.dataset.tables[table] ?? []).map((_, index) => index).filter((index) => !deleted.has(index));
    return live.slice((batch - 1) * batchSize, batch * batchSize).map((index) => `${table}[${index}]`);
  }
}

function countDocuments(dataset: Dataset, table: string | undefined): number {
  const tables = table ? [table] : Object.keys(dataset.tables);
  const seeded = tables.reduce((n, t) => n + (dataset.tables[t]?.length ?? 0), 0);
  const deleted = (dataset.deleted ?? []).filter((d) => tables.includes(d.table)).length;
  return seeded - deleted;
}

function describeCrash(crash: Crash): string[] {
  const lines = [
    crash.kind === "deadline"
      ? `${crash.direction} batch ${crash.batch} (cursor ${JSON.stringify(crash.cursor)}) never returned: ${crash.message.split("\n")[0]}`
      : `${crash.direction} batch ${crash.batch} (cursor ${JSON.stringify(crash.cursor)}) threw:`,
  ];
  if (crash.kind === "threw") lines.push(`  ${crash.message.split("\n")[0]}`);
  if (crash.document) lines.push(`the error names document ${crash.document}`);
  if (crash.batchDocuments.length > 0) {
    const how = crash.kind === "deadline" ? " (if every earlier batch took a full page)" : "";
    lines.push(`documents in that batch${how}: ${crash.batchDocuments.join(", ")}`);
  }
  if (crash.kind === "deadline") lines.push("the stuck backend was discarded; the suite goes on with a fresh one");
  return lines;
}

function describeNonTermination(batches: RunOutcome["batches"], documents: number): string[] {
  const last = batches.slice(-3).map((b) => `  batch ${b.number}: cursor ${JSON.stringify(b.cursor)} -> ${JSON.stringify(b.result.continueCursor)}, processed ${b.result.processed}, isDone ${b.result.isDone}`);
  const stuck = batches.length >= 2 && batches.at(-1)!.result.continueCursor === batches.at(-2)!.result.continueCursor;
  return [
    `${documents} documents should take at most ${batches.length} batches; the last ones:`,
    ...last,
    ...(stuck ? ["the cursor stopped advancing: the migration returns the same continueCursor again"] : []),
  ];
}

function withoutTables(snapshot: Snapshot, tables: readonly string[]): Snapshot {
  if (tables.length === 0) return snapshot;
  return { ...snapshot, tables: Object.fromEntries(Object.entries(snapshot.tables).filter(([table]) => !tables.includes(table))) };
}
