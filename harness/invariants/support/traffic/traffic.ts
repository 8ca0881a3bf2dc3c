import type { Identity } from "../../../model/app.js";
import { DeadlineExceeded } from "../../../engine/deadline.js";
import type { ResolvedAppWrite } from "../../../spec/onlineOptions.js";
import { describeCall, idLabels, labelIds } from "../../../model/labels.js";
import { answer, comparable, type ReadAnswer } from "../readCalls.js";
import type { Session } from "../../../engine/session.js";
import type { WriteCommand } from "./commands.js";
import { SeededDocuments } from "../../../engine/seededDocuments.js";
import { describeDocRefs, fanOut, NoSuchDocument, resolveDocRefs, type DocRef } from "../../../spec/docRef.js";
import { MintedNames } from "./minted.js";
import { readTable } from "../../../engine/read.js";

/** One write as made: how it reads in a failure, and its error (null: it succeeded). */
export interface WriteOutcome {
  shown: string;
  error: string | null;
}

/**
 * What a read-back answered, with what the deployment minted (ids, creation
 * times) replaced by the names of their documents, so two deployments compare.
 */
export interface ReadBackAnswer {
  shown: string;
  /** As answered, with seeded ids as their labels (what compares when nothing minted shows). */
  answer: unknown;
  /** As answered, for `Traffic.named`. */
  raw: ReadAnswer;
  unordered?: boolean;
}

/**
 * Plays app writes on one deployment and reads back what they did. Two
 * deployments given the same commands in the same order make the same
 * writes, in the same sequence, with arguments naming the same dataset
 * documents, so their outcomes and answers can be compared one to one.
 */
export class Traffic {
  readonly timeline: string[] = [];
  readonly outcomes: WriteOutcome[] = [];
  private readonly readBacks = new Map<string, { query: string; args: Record<string, unknown>; as?: Identity; shown: string; unordered?: boolean }>();
  private readonly writes: Map<string, ResolvedAppWrite>;
  private readonly labels: Map<string, string>;
  private readonly minted: MintedNames;
  /** Whether the names of what this deployment minted were read since its last read-backs. */
  private namesCurrent = false;
  private seeded?: SeededDocuments;

  constructor(private readonly session: Session, writes: readonly ResolvedAppWrite[]) {
    this.writes = new Map(writes.map((w) => [w.name, w]));
    this.labels = idLabels(session.ids);
    this.minted = new MintedNames(this.labels, session.ctx.app.tables);
  }

  /** Writes one command stands for: one, or one per document for an `each` reference. */
  size(command: WriteCommand): number {
    return fanOut(command.args, this.session.ids).length;
  }

  /** Makes the command's writes; returns their outcomes, in order. */
  async play(command: WriteCommand): Promise<WriteOutcome[]> {
    const targets = fanOut(command.args, this.session.ids);
    if (targets.length === 0) this.timeline.push(`${command.write} for each document skipped: the dataset has none`);
    const outcomes: WriteOutcome[] = [];
    for (const { at } of targets) outcomes.push(await this.playOne(command, at));
    return outcomes;
  }

  /** Every read-back of the writes made so far, by a key both deployments share. */
  async readBackAnswers(): Promise<Map<string, ReadBackAnswer>> {
    this.namesCurrent = false;
    const answers = new Map<string, ReadBackAnswer>();
    for (const [key, read] of this.readBacks) {
      const raw = await answer(this.session.backend, read);
      const labelled = labelIds(raw, this.labels) as ReadAnswer;
      answers.set(key, { shown: read.shown, answer: comparable({ unordered: read.unordered }, labelled), raw, unordered: read.unordered });
    }
    return answers;
  }

  /**
   * An answer of this deployment with what it minted named (see
   * MintedNames): two answers that differ as answered may differ only in
   * ids and creation times. The names are read once per read-backs, only
   * when asked: answers that hold no document cost no read.
   */
  async named(read: ReadBackAnswer): Promise<unknown> {
    if (!this.namesCurrent) {
      await this.minted.beforeAnswers((table) => readTable(this.session.ctx.app, this.session.backend, table));
      this.namesCurrent = true;
    }
    // Named first, then ordered: the order of the names is the same on both deployments.
    return comparable({ unordered: read.unordered }, this.minted.name(read.raw) as ReadAnswer);
  }

  private async playOne(command: WriteCommand, at: number | null): Promise<WriteOutcome> {
    const write = this.writes.get(command.write)!;
    const as = command.as ? ` as ${describeDocRefs(command.as, this.session.ids, at)}` : "";
    const shown = describeCall(command.write, describeDocRefs(command.args, this.session.ids, at)) + as;
    let args: Record<string, unknown>;
    let identity: Identity | undefined;
    try {
      args = resolveDocRefs(command.args, this.session.ids, at) as Record<string, unknown>;
      identity = command.as ? this.identityOf(command.as, at) : undefined;
    } catch (error) {
      if (!(error instanceof NoSuchDocument)) throw error;
      this.timeline.push(`${shown} skipped: ${error.message}`);
      return this.record({ shown, error: null });
    }
    let error: string | null = null;
    try {
      await this.session.backend.mutation(write.mutation, args, identity);
    } catch (thrown) {
      // A write past its deadline is a hang, not an outcome: it fails the run as one.
      if (thrown instanceof DeadlineExceeded) throw thrown;
      error = thrown instanceof Error ? thrown.message.split("\n")[0] : String(thrown);
    }
    this.timeline.push(error === null ? shown : `${shown} threw: ${error}`);
    // Read back as the writer: a user sees their own writes through their own reads.
    this.seeded ??= new SeededDocuments(this.session.dataset, this.session.ids);
    for (const read of write.readBack(args, this.seeded)) {
      const labelled = labelIds(read.args, this.labels);
      this.readBacks.set(JSON.stringify([read.query, labelled, as]), { ...read, as: identity, shown: describeCall(read.query, labelled) + as });
    }
    return this.record({ shown, error });
  }

  /** The identity of the dataset document `ref` names: the app's identity of it, with its seeded id. */
  private identityOf(ref: DocRef, at: number | null): Identity {
    const id = resolveDocRefs(ref, this.session.ids, at) as string;
    const [table] = ref.__doc;
    const index = this.session.ids[table].indexOf(id);
    const doc = this.session.dataset.tables[table]?.[index] ?? {};
    return this.session.ctx.app.identity({ ...(doc as Record<string, unknown>), _id: id, _creationTime: 0 });
  }

  private record(outcome: WriteOutcome): WriteOutcome {
    this.outcomes.push(outcome);
    return outcome;
  }
}
