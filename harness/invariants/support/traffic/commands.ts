import fc from "fast-check";
import type { MigrationSpec } from "../../../spec/types.js";
import type { DocRef } from "../../../spec/docRef.js";

export type Phase = "forward" | "rollback";

/**
 * One app write of the live traffic: which write, with which arguments (DocRefs
 * for dataset documents) and when: after `afterBatch` batches of `phase`
 * (0: before the first; past the last: once the direction has finished).
 */
export interface WriteCommand {
  write: string;
  args: Record<string, unknown>;
  /** The dataset document the write runs as (its `as`), when it has one. */
  as?: DocRef;
  phase: Phase;
  afterBatch: number;
}

export interface ConcurrentParams {
  batchSize: number;
  commands: WriteCommand[];
}

/** Most writes in one run; failures shrink to one or two. */
const MAX_COMMANDS = 6;
/** Latest batch a write is placed after; later ones land once the direction has finished. */
const MAX_AFTER = 8;

/**
 * The command list of a concurrentWrites run, as plain data: it prints in a
 * failure and replays from its seed and path. The list shrinks like any
 * array (fewer writes, earlier batches, simpler arguments), so a lost write
 * ends as the one write and the one batch that lose it. Batch size 1 is
 * offered so that few documents still give many interleaving points.
 */
export function writeCommands(spec: MigrationSpec): fc.Arbitrary<ConcurrentParams> {
  const phases: Phase[] = spec.rollback ? ["forward", "rollback"] : ["forward"];
  const command = fc.oneof(
    ...spec.appWrites!.map((write) =>
      fc.record({
        write: fc.constant(write.name),
        args: write.args,
        ...(write.as ? { as: write.as } : {}),
        phase: fc.constantFrom(...phases),
        afterBatch: fc.nat({ max: MAX_AFTER }),
      }),
    ),
  );
  return fc.record({
    batchSize: fc.constantFrom(1, spec.batchSize),
    commands: fc.array(command, { minLength: 1, maxLength: MAX_COMMANDS }),
  });
}

/** The commands of one phase in the order they run: by batch, then as listed. */
export function scheduleOf(commands: WriteCommand[], phase: Phase): WriteCommand[] {
  return commands
    .map((command, order) => ({ command, order }))
    .filter(({ command }) => command.phase === phase)
    .sort((a, b) => a.command.afterBatch - b.command.afterBatch || a.order - b.order)
    .map(({ command }) => command);
}
