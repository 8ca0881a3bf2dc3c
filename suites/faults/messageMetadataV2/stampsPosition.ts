/**
 * Fault (withinLimits): forward also stamps each message with its position in
 * its thread, counted by reading every message of the thread through the
 * by_thread index. The index keeps it off a table scan, so its reads do not
 * grow with the messages table; they grow with the thread. A batch of 100
 * messages of one thread of 10,000 reads a million documents: far past the
 * 32,000 a transaction may read, however small the batch.
 */
import { forwardStampingFromThread } from "./stampFromThread";

export const forward = forwardStampingFromThread((doc, thread) => ({
  position: thread.filter((m) => m._creationTime < doc._creationTime).length,
}));
