import { type Dataset, type DatasetDocument, isRefMarker } from "convex-migration-harness/generators";
import { sizeClasses } from "../legacy/dataClasses.js";
import { metadataKind } from "./messageMetadata.js";
import { HOT_WORD, TITLE_WORDS } from "./vocabulary.js";

/** Every data class the chat generator must reach; certification requires each in a share of datasets. */
export const CHAT_DATA_CLASSES = [
  "size:0", "size:1", "size:batch-1", "size:batch", "size:batch+1", "size:larger",
  "thread:cloned", "thread:forked", "thread:orphan-user", "thread:dangling-clone",
  "message:orphan-thread", "message:of-orphan-thread",
  "attachment:with-message", "attachment:without-message", "attachment:orphan-thread", "attachment:dangling-message",
  "metadata:absent", "metadata:object", "metadata:v2", "metadata:partial-v2", "metadata:not-object",
  "title:word-shared-across-users", "title:crowded", "title:unicode", "title:long",
  "value:unicode", "value:long",
] as const;

export type ChatDataClass = (typeof CHAT_DATA_CLASSES)[number];

const target = (value: unknown): number | undefined => (isRefMarker(value) ? value.__ref[1] : undefined);

/** The chat data classes a dataset holds, in CHAT_DATA_CLASSES order; sizes count the paged table. */
export function chatDataClasses(dataset: Dataset, options: { batchSize?: number; paged?: "threads" | "messages" } = {}): ChatDataClass[] {
  const t = (name: string): DatasetDocument[] => dataset.tables[name] ?? [];
  const gone = (table: string) => new Set((dataset.deleted ?? []).filter((d) => d.table === table).map((d) => d.index));
  const [goneUsers, goneThreads, goneMessages] = [gone("users"), gone("threads"), gone("messages")];
  const found = new Set<string>(sizeClasses(t(options.paged ?? "messages").length, options.batchSize));

  const orphanThreads = new Set<number>();
  t("threads").forEach((doc, index) => {
    if (doc.clonedFrom !== undefined) found.add("thread:cloned");
    if (doc.forkedFrom !== undefined) found.add("thread:forked");
    if (goneUsers.has(target(doc.userId)!) && !goneThreads.has(index)) {
      found.add("thread:orphan-user");
      orphanThreads.add(index);
    }
    if ([doc.clonedFrom, doc.forkedFrom].some((r) => goneThreads.has(target(r) ?? -1))) found.add("thread:dangling-clone");
  });
  t("messages").forEach((doc) => {
    const thread = target(doc.threadId)!;
    if (goneThreads.has(thread)) found.add("message:orphan-thread");
    if (orphanThreads.has(thread)) found.add("message:of-orphan-thread");
    found.add(`metadata:${metadataKind(doc.metadata)}`);
  });
  for (const doc of t("attachments")) {
    found.add(doc.messageId === undefined ? "attachment:without-message" : "attachment:with-message");
    if (goneThreads.has(target(doc.threadId)!)) found.add("attachment:orphan-thread");
    if (goneMessages.has(target(doc.messageId) ?? -1)) found.add("attachment:dangling-message");
  }

  const titles = t("threads").map((doc) => ({ owner: target(doc.userId), title: String(doc.title).toLowerCase() }));
  for (const word of TITLE_WORDS) {
    if (new Set(titles.filter((x) => x.title.includes(word)).map((x) => x.owner)).size > 1) found.add("title:word-shared-across-users");
  }
  if (titles.filter((x) => x.title.includes(HOT_WORD)).length > 20) found.add("title:crowded");
  if (titles.some((x) => /[^\x00-\x7f]/.test(x.title))) found.add("title:unicode");
  if (titles.some((x) => x.title.length >= 1000)) found.add("title:long");
  const texts = [...t("messages").map((doc) => String(doc.content)), ...t("attachments").map((doc) => String(doc.fileName))];
  if (texts.some((text) => /[^\x00-\x7f]/.test(text))) found.add("value:unicode");
  if (texts.some((text) => text.length >= 1000)) found.add("value:long");
  return CHAT_DATA_CLASSES.filter((name) => found.has(name));
}
