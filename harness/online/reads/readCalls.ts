import type { Backend } from "../../backends/backend.js";
import type { Snapshot } from "../../snapshot/types.js";
import type { ResolvedReadPath } from "../options.js";

/** One call of one read path. */
export interface ReadCall {
  name: string;
  query: string;
  args: Record<string, unknown>;
}

/** What a read answered: its value, or the error it threw (a broken read path is a finding, not a crash). */
export type ReadAnswer = { returned: unknown } | { threw: string };

/** Every call of every read path, with arguments derived from `snapshot`. */
export function readCalls(paths: readonly ResolvedReadPath[], snapshot: Snapshot): ReadCall[] {
  return paths.flatMap((path) => path.args(snapshot).map((args) => ({ name: path.name, query: path.query, args })));
}

export async function answer(backend: Backend, call: { query: string; args: Record<string, unknown> }): Promise<ReadAnswer> {
  try {
    return { returned: await backend.query(call.query, call.args) };
  } catch (error) {
    return { threw: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

export async function answers(backend: Backend, calls: ReadCall[]): Promise<ReadAnswer[]> {
  const out: ReadAnswer[] = [];
  // One after the other: each read is its own transaction, as the app's are.
  for (const call of calls) out.push(await answer(backend, call));
  return out;
}
