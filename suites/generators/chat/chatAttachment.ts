import fc from "fast-check";
import { maybe } from "convex-migration-harness/generators";

/**
 * An attachment before it has ids: `thread` picks a thread and `message`,
 * when present, a message (of any thread: the schema does not tie them), by
 * index (clamped to what exists).
 */
export interface ChatAttachmentEntry {
  thread: number;
  message?: number;
  fileName: string;
  size: number;
}

export function fileName(): fc.Arbitrary<string> {
  const stem = fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{0,11}$/), weight: 6 },
    { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), weight: 2 },
    { arbitrary: fc.string({ minLength: 1000, maxLength: 1200 }), weight: 1 },
  );
  return fc.tuple(stem, fc.constantFrom(".png", ".pdf", ".txt", "")).map(([name, ext]) => name + ext);
}

export function chatAttachment(): fc.Arbitrary<ChatAttachmentEntry> {
  return fc
    .record(
      {
        thread: fc.nat({ max: 5 }),
        message: maybe(fc.nat({ max: 8 }), 0.6),
        fileName: fileName(),
        size: fc.nat({ max: 25_000_000 }),
      },
      { noNullPrototype: true },
    )
    .map(({ message, ...entry }) => (message === undefined ? entry : { ...entry, message }));
}
