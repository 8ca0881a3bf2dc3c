import fc from "fast-check";
import { dataClassesOf, type Dataset, fromSchema, type FromSchemaOptions, ref, withDataClasses } from "convex-migration-harness/generators";
import { legacyUser } from "../legacy/legacyUser.js";
import { fileName } from "./chatAttachment.js";
import { messageContent } from "./chatMessage.js";
import { chatTables } from "./chatTables.js";
import { messageMetadata } from "./messageMetadata.js";
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

/**
 * Chat datasets: users, threads (cloned and forked from earlier threads),
 * messages (metadata in every legacy shape) and attachments (with and without
 * a message), seeded in that order, with orphans at every level: deleted
 * users leave threads without a user, deleted threads leave messages and
 * attachments without a thread, deleted messages leave attachments with a
 * dangling messageId. Titles share one vocabulary, so queries match threads
 * of several users. The paged table has 0, 1, batchSize - 1, batchSize,
 * batchSize + 1 or more documents, each often, and carries the size
 * pressure (a document near 1 MiB, a thread with hundreds of messages) of a
 * few datasets. Built on fromSchema: the legacy shapes are its field
 * options. `chatDataClasses` names what a dataset holds.
 *
 * @example
 * chatDataset({ batchSize: 3, paged: "threads", crowded: 0.2 })
 */
export function chatDataset(options: ChatDatasetOptions): fc.Arbitrary<Dataset> {
  const resolved = resolveChatDatasetOptions(options);
  const normal = fromSchema(chatTables, schemaOptions(resolved));
  if (resolved.crowded === 0) return normal;
  const weight = Math.round(resolved.crowded * 100);
  const mixed = fc.oneof({ arbitrary: normal, weight: 100 - weight }, { arbitrary: crowd(resolved.orphanRate), weight });
  return withDataClasses(mixed, dataClassesOf(normal)!);
}

const sharedTables = (orphanRate: number): FromSchemaOptions["tables"] => ({ users: { size: { max: 4 }, orphans: orphanRate, document: legacyUser() } });

/** The chat tables' shapes, sizes and orphans, as fromSchema options. */
function schemaOptions({ batchSize, paged, orphanRate, children }: Required<ChatDatasetOptions>): FromSchemaOptions {
  // Tables the migration does not page stay small: they are there to be referenced.
  const size = (table: string) => (table === paged ? {} : { size: { max: 6 } });
  return {
    batchSize,
    paged,
    only: children ? ["messages", "attachments"] : ["threads"],
    tables: {
      ...sharedTables(orphanRate),
      threads: { ...size("threads"), orphans: orphanRate },
      ...(children ? { messages: { ...size("messages"), orphans: orphanRate }, attachments: { size: { max: 4 } } } : {}),
    },
    fields: {
      "threads.title": { value: threadTitle() },
      // Only earlier threads: a thread is cloned from one that already exists.
      "threads.clonedFrom": { presence: 0.2, earlier: true },
      "threads.forkedFrom": { presence: 0.15, earlier: true },
      ...(children
        ? {
            "messages.content": { value: messageContent() },
            "messages.metadata": { presence: 1, value: messageMetadata() },
            "attachments.fileName": { value: fileName() },
            "attachments.size": { min: 0, max: 25_000_000, integer: true },
            "attachments.messageId": { presence: 0.6 },
          }
        : {}),
    },
    // Threads alone are for title searches: a title of hundreds of KiB costs convex-test's
    // search index seconds per query and says nothing about sizes, so those datasets stay light.
    sizePressure: children ? { tables: [paged] } : 0,
  };
}

/**
 * 21 to 26 threads whose titles all hold HOT_WORD and one more word, spread
 * over the users by a stride. A crowd is described by four numbers instead of
 * a record per thread: its failures need all of its threads, and with fields
 * per thread the shrinker would spend runs on every one of them.
 */
function crowd(orphanRate: number): fc.Arbitrary<Dataset> {
  const users = fromSchema(chatTables, { only: ["users"], tables: { users: { ...sharedTables(orphanRate)!.users, size: { min: 1, max: 4 } } }, sizePressure: 0 });
  const shape = fc.record(
    { size: fc.integer({ min: 21, max: 26 }), ownerStride: fc.nat({ max: 4 }), ownerOffset: fc.nat({ max: 4 }), wordStride: fc.nat({ max: 7 }) },
    { noNullPrototype: true },
  );
  return fc.tuple(users, shape).map(([dataset, { size, ownerStride, ownerOffset, wordStride }]) => {
    const owners = dataset.tables.users.length;
    const threads = Array.from({ length: size }, (_, i) => ({
      userId: ref("users", Math.min((ownerOffset + i * ownerStride) % 5, owners - 1)),
      title: `${HOT_WORD} ${TITLE_WORDS[(i * wordStride) % TITLE_WORDS.length]}`,
    }));
    return { ...dataset, tables: { ...dataset.tables, threads, messages: [], attachments: [] } };
  });
}
