import fc from "fast-check";
import { maybe, rarely } from "convex-migration-harness/generators";
import { threadTitle } from "./threadTitle.js";

/**
 * A thread before it has ids: `owner` picks a user by index, `clonedFrom` /
 * `forkedFrom` an earlier thread by how far back it is (chatDataset clamps
 * both to what exists, so any shrunk dataset still assembles). `deleted` threads leave their messages and
 * attachments without a thread, and the threads cloned from them with a
 * dangling reference.
 */
export interface ChatThreadEntry {
  owner: number;
  title: string;
  clonedFrom?: number;
  forkedFrom?: number;
  deleted: boolean;
}

/** `orphanRate`: the chance that the thread is deleted after seeding. */
export function chatThread(title: fc.Arbitrary<string> = threadTitle(), orphanRate = 0.1): fc.Arbitrary<ChatThreadEntry> {
  return fc
    .record(
      {
        owner: fc.nat({ max: 4 }),
        title,
        clonedFrom: maybe(fc.nat({ max: 4 }), 0.2),
        forkedFrom: maybe(fc.nat({ max: 4 }), 0.15),
        deleted: rarely(orphanRate),
      },
      { noNullPrototype: true },
    )
    .map((entry) => {
      const out: ChatThreadEntry = { owner: entry.owner, title: entry.title, deleted: entry.deleted };
      if (entry.clonedFrom !== undefined) out.clonedFrom = entry.clonedFrom;
      if (entry.forkedFrom !== undefined) out.forkedFrom = entry.forkedFrom;
      return out;
    });
}
