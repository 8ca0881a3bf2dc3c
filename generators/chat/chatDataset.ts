import fc from "fast-check";
import { ref, type Dataset, type DatasetDocument } from "../dataset.js";
import { sizedArray } from "../_internals/sizedArray.js";
import { chatAttachment, type ChatAttachmentEntry } from "./chatAttachment.js";
import { chatMessage, type ChatMessageEntry } from "./chatMessage.js";
import { chatThread, type ChatThreadEntry } from "./chatThread.js";
import { chatUser, type ChatUserEntry } from "./chatUser.js";
import { threadTitle } from "./threadTitle.js";
import { HOT_WORD, TITLE_WORDS } from "./vocabulary.js";

export interface ChatDatasetOptions {
  /** The migration's batch size: the paged table's size clusters around its boundaries. */
  batchSize: number;
  /** The table the migration pages over. Default "messages". */
  paged?: "threads" | "messages";
  /**
   * Share of datasets (0 to 1) that are crowded: 21 to 26 threads whose titles
   * all hold HOT_WORD, more than a search that keeps its first 20 results can
   * hold. Default 0.
   */
  crowded?: number;
  /**
   * The chance that a user, thread or message is deleted after seeding,
   * leaving orphans below it. Default 0.1; a migration about orphans wants more.
   */
  orphanRate?: number;
  /**
   * Whether threads have messages and attachments. Default true; a migration
   * that reads only threads (a title search) runs and shrinks faster without.
   */
  children?: boolean;
}

export function resolveChatDatasetOptions(options: ChatDatasetOptions): Required<ChatDatasetOptions> {
  const { batchSize, paged = "messages", crowded = 0, orphanRate = 0.1, children = true } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`chatDataset: options.batchSize must be a positive integer, got ${batchSize}`);
  if (paged !== "threads" && paged !== "messages") throw new Error(`chatDataset: options.paged must be "threads" or "messages", got ${String(paged)}`);
  if (typeof crowded !== "number" || crowded < 0 || crowded > 1) throw new Error(`chatDataset: options.crowded must be between 0 and 1, got ${crowded}`);
  if (typeof orphanRate !== "number" || orphanRate < 0 || orphanRate > 1) throw new Error(`chatDataset: options.orphanRate must be between 0 and 1, got ${orphanRate}`);
  if (!children && paged === "messages") throw new Error("chatDataset: options.children cannot be false when messages are the paged table");
  return { batchSize, paged, crowded, orphanRate, children };
}

interface Entries {
  users: ChatUserEntry[];
  threads: ChatThreadEntry[];
  messages: ChatMessageEntry[];
  attachments: ChatAttachmentEntry[];
}

/**
 * Chat datasets: users, threads (cloned and forked from earlier threads),
 * messages (metadata in every legacy shape) and attachments (with and without
 * a message), seeded in that order, with orphans at every level: deleted
 * users leave threads without a user, deleted threads leave messages and
 * attachments without a thread, deleted messages leave attachments with a
 * dangling messageId. Titles share one vocabulary, so queries match threads
 * of several users. The paged table has 0, 1, batchSize - 1, batchSize,
 * batchSize + 1 or more documents, each often. `chatDataClasses` names what a
 * dataset holds.
 *
 * @example
 * chatDataset({ batchSize: 3, paged: "threads", crowded: 0.2 })
 */
export function chatDataset(options: ChatDatasetOptions): fc.Arbitrary<Dataset> {
  const { batchSize: b, paged, crowded, orphanRate, children } = resolveChatDatasetOptions(options);
  const max = 4 * b + 2;
  const boundary = fc.oneof(
    { arbitrary: fc.constantFrom(0, 1, b - 1, b, b + 1), weight: 5 },
    { arbitrary: fc.integer({ min: b + 2, max }), weight: 2 },
  );
  const pagedArray = <T>(item: fc.Arbitrary<T>, table: "threads" | "messages") =>
    paged === table ? sizedArray(item, boundary, max) : fc.array(item, { maxLength: 6 });
  let threads = pagedArray(chatThread(threadTitle(), orphanRate), "threads");
  if (crowded > 0) {
    const weight = Math.round(crowded * 100);
    threads = fc.oneof({ arbitrary: threads, weight: 100 - weight }, { arbitrary: crowd(), weight });
  }
  return fc
    .record(
      {
        users: fc.array(chatUser(orphanRate), { maxLength: 4 }),
        threads,
        messages: children ? pagedArray(chatMessage(orphanRate), "messages") : fc.constant<ChatMessageEntry[]>([]),
        attachments: children ? fc.array(chatAttachment(), { maxLength: 4 }) : fc.constant<ChatAttachmentEntry[]>([]),
      },
      { noNullPrototype: true },
    )
    .map((entries) => assemble(paged === "threads" && entries.threads.length === 0 ? { ...entries, messages: [], attachments: [] } : entries));
}

/**
 * 21 to 26 threads whose titles all hold HOT_WORD and one more word, spread
 * over the users by a stride. A crowd is described by four numbers instead of
 * a record per thread: its failures need all of its threads, and with fields
 * per thread the shrinker would spend runs on every one of them.
 */
function crowd(): fc.Arbitrary<ChatThreadEntry[]> {
  return fc
    .record(
      { size: fc.integer({ min: 21, max: 26 }), ownerStride: fc.nat({ max: 4 }), ownerOffset: fc.nat({ max: 4 }), wordStride: fc.nat({ max: 7 }) },
      { noNullPrototype: true },
    )
    .map(({ size, ownerStride, ownerOffset, wordStride }) =>
      Array.from({ length: size }, (_, i) => ({
        owner: (ownerOffset + i * ownerStride) % 5,
        title: `${HOT_WORD} ${TITLE_WORDS[(i * wordStride) % TITLE_WORDS.length]}`,
        deleted: false,
      })),
    );
}

/**
 * Resolves the entries' indexes into references, adding an owner or a thread
 * where one is needed. (When threads are the paged table, an empty one stays
 * empty: the caller drops the messages and attachments instead.)
 */
function assemble(entries: Entries): Dataset {
  const threadEntries = [...entries.threads];
  if (threadEntries.length === 0 && (entries.messages.length > 0 || entries.attachments.length > 0)) {
    threadEntries.push({ owner: 0, title: "notes", deleted: false });
  }
  const userEntries = [...entries.users];
  if (userEntries.length === 0 && threadEntries.length > 0) {
    userEntries.push({ user: { name: "Thread Owner", email: "owner@example.com" }, deleted: false });
  }
  const deleted: Dataset["deleted"] = [];
  const users = userEntries.map((entry, index) => {
    if (entry.deleted) deleted.push({ table: "users", index });
    return entry.user;
  });
  const threads = threadEntries.map((entry, index): DatasetDocument => {
    if (entry.deleted) deleted.push({ table: "threads", index });
    const doc: DatasetDocument = { userId: ref("users", pick(entry.owner, users.length)), title: entry.title };
    // Only earlier threads, counted back from this one: a thread is cloned from one that already exists.
    if (entry.clonedFrom !== undefined && index > 0) doc.clonedFrom = ref("threads", index - 1 - pick(entry.clonedFrom, index));
    if (entry.forkedFrom !== undefined && index > 0) doc.forkedFrom = ref("threads", index - 1 - pick(entry.forkedFrom, index));
    return doc;
  });
  const messages = entries.messages.map((entry, index): DatasetDocument => {
    if (entry.deleted) deleted.push({ table: "messages", index });
    const doc: DatasetDocument = { threadId: ref("threads", pick(entry.thread, threads.length)), role: entry.role, content: entry.content };
    if (entry.metadata !== undefined) doc.metadata = entry.metadata;
    return doc;
  });
  const attachments = entries.attachments.map((entry): DatasetDocument => {
    const doc: DatasetDocument = { threadId: ref("threads", pick(entry.thread, threads.length)), fileName: entry.fileName, size: entry.size };
    if (entry.message !== undefined && messages.length > 0) doc.messageId = ref("messages", pick(entry.message, messages.length));
    return doc;
  });
  return { tables: { users, threads, messages, attachments }, deleted };
}

/**
 * The index an entry's number picks among `length` documents: the number
 * itself, or the last document when it is beyond the end. Unlike a modulo,
 * removing a later document never changes what an earlier number picks, and
 * a number shrinks towards the first document one step at a time, so
 * shrinking can drop every document a failure does not need.
 */
function pick(n: number, length: number): number {
  return Math.min(n, length - 1);
}
