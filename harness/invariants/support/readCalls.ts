import type { App, Identity } from "../../model/app.js";
import type { Backend } from "../../model/backend.js";
import { DeadlineExceeded } from "../../engine/deadline.js";
import type { Snapshot, SnapshotDocument } from "../../model/snapshot.js";
import type { ResolvedReadPath } from "../../spec/onlineOptions.js";
import { stableStringify } from "../../model/stable.js";
import { isArray } from "../../model/values.js";

/** One call of one read path. */
export interface ReadCall {
  name: string;
  query: string;
  args: Record<string, unknown>;
  /** The identity it runs as, and the document that identity belongs to (for failures). */
  as?: Identity;
  asDocument?: string;
  /** Its answers compare as multisets (the read path's `unordered`). */
  unordered?: boolean;
}

/** What a read answered: its value, or the error it threw (a broken read path is a finding, not a crash). */
export type ReadAnswer = { returned: unknown } | { threw: string };

/** Every call of every read path, with arguments (and identities) derived from `snapshot`. */
export function readCalls(paths: readonly ResolvedReadPath[], snapshot: Snapshot, app: App): ReadCall[] {
  return paths.flatMap((path) =>
    path.calls(snapshot).map(({ args = {}, as }) => ({ name: path.name, query: path.query, args, ...identityOf(as, app), ...(path.unordered ? { unordered: true } : {}) })),
  );
}

/** A document of the snapshot becomes the app's identity for it; an identity stays as it is. */
function identityOf(as: SnapshotDocument | Identity | undefined, app: App): Pick<ReadCall, "as" | "asDocument"> {
  if (as === undefined) return {};
  if (typeof (as as SnapshotDocument)._id === "string") return { as: app.identity(as as SnapshotDocument), asDocument: String(as._id) };
  return { as: as as Identity };
}

export async function answer(backend: Backend, call: { query: string; args: Record<string, unknown>; as?: Identity }): Promise<ReadAnswer> {
  try {
    return { returned: await backend.query(call.query, call.args, call.as) };
  } catch (error) {
    // A read past its deadline is a hang, not an answer: it fails the run as one.
    if (error instanceof DeadlineExceeded) throw error;
    return { threw: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

export async function answers(backend: Backend, calls: ReadCall[]): Promise<ReadAnswer[]> {
  const out: ReadAnswer[] = [];
  // One after the other: each read is its own transaction, as the app's are.
  for (const call of calls) out.push(await answer(backend, call));
  return out;
}

/**
 * The answer as it compares: an unordered call's list with its elements in
 * one canonical order (by their stable text), so two answers holding the
 * same elements in any order compare equal and a diff pairs them up.
 */
export function comparable(call: Pick<ReadCall, "unordered">, answer: ReadAnswer): ReadAnswer {
  if (!call.unordered || !("returned" in answer) || !isArray(answer.returned)) return answer;
  const keyed = answer.returned.map((element) => ({ element, key: stableStringify(element) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { returned: keyed.map(({ element }) => element) };
}
