/**
 * Fault (targetValid): forward also stamps each message's metadata with the
 * thread's conversation so far (role, content and metadata of every message
 * up to this one), as context for a model. The data stays "right", but a
 * message now holds a copy of its thread: one long message (a pasted
 * document) is enough to push it past Convex's 1 MiB per document, and a
 * long thread makes every message too large. convex-test stores it anyway;
 * a deployment rejects the write.
 */
import { isMetadataObject } from "../../../convex/lib/messageMetadataV2/metadata";
import { forwardStampingFromThread } from "./stampFromThread";

export const forward = forwardStampingFromThread((doc, thread) => ({
  transcript: thread
    .filter((m) => m._creationTime <= doc._creationTime)
    .map(({ role, content, metadata }) => ({ role, content, metadata: withoutTranscript(metadata) })),
}));

/** A message's own metadata without a transcript already stamped on it (no copies of copies). */
function withoutTranscript(metadata: unknown): unknown {
  if (!isMetadataObject(metadata)) return metadata;
  const { transcript: _, ...rest } = metadata;
  return rest;
}
