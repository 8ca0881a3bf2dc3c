/**
 * A generated production export of the chat app: the ZIP `npx convex export`
 * writes (`_tables/documents.jsonl`, `<table>/documents.jsonl`, real-looking
 * 32-character ids, increasing creation times, ciphertext already
 * encrypted), in the format harness/snapshotImport reads. Values come from
 * the app's own generators, sampled with a fixed seed; a few references
 * point to documents the export does not hold, as production's orphans do.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { encryptWithSecret, WRONG_ENCRYPTION_SECRET } from "../convex/encryption.js";
import { chatAttachment, existingApiKeysRow, isEncryptMarker, legacySettings, legacyUser, messageContent, messageMetadata, threadTitle } from "../suites/generators/index.js";
import { TEST_ENCRYPTION_KEY } from "../suites/app.js";

/** Each table's share of the documents: mostly messages, as in a chat app. */
const SHARES = { users: 0.1, userSettings: 0.1, apiKeys: 0.05, threads: 0.15, messages: 0.5, attachments: 0.1 } as const;
type Table = keyof typeof SHARES;
/** One reference in this many points to a document the export does not hold. */
const ORPHAN_EVERY = 200;

export async function syntheticExport(documents: number, seed: number, progress: (message: string) => void = () => {}): Promise<Uint8Array> {
  const count = (table: Table) => Math.max(1, Math.round(documents * SHARES[table]));
  const sample = <T>(arbitrary: fc.Arbitrary<T>, table: Table, salt: number) => fc.sample(arbitrary, { numRuns: count(table), seed: seed + salt });
  const ids = (table: Table) => Array.from({ length: count(table) }, (_, i) => exportId(table, i));
  const [users, threads, messages] = [ids("users"), ids("threads"), ids("messages")];
  const orphan = (i: number, table: Table, live: string[]) => (i % ORPHAN_EVERY === ORPHAN_EVERY - 1 ? exportId(table, live.length + i) : live[i % live.length]);
  progress("sampling documents");
  const tables: Record<Table, Array<Record<string, unknown>>> = {
    users: sample(legacyUser(), "users", 1),
    userSettings: sample(legacySettings(), "userSettings", 2).map((doc, i) => ({ ...doc, userId: orphan(i, "users", users) })),
    apiKeys: sample(existingApiKeysRow(), "apiKeys", 3).map((doc, i) => ({ ...doc, userId: users[i % users.length] })),
    threads: sample(threadTitle(), "threads", 4).map((title, i) => ({ userId: orphan(i, "users", users), title, ...(i % 7 === 6 ? { clonedFrom: threads[i - 3] } : {}) })),
    messages: sample(fc.record({ role: fc.constantFrom("user", "assistant", "system"), content: messageContent(), metadata: messageMetadata() }), "messages", 5).map((m, i) => ({
      threadId: orphan(i, "threads", threads),
      role: m.role,
      content: m.content,
      ...(m.metadata === undefined ? {} : { metadata: m.metadata }),
    })),
    attachments: sample(chatAttachment(), "attachments", 6).map((a, i) => ({
      threadId: threads[(a.thread + i) % threads.length],
      ...(a.message === undefined ? {} : { messageId: orphan(i, "messages", messages) }),
      fileName: a.fileName,
      size: a.size,
    })),
  };
  progress("encrypting keys");
  const files: Record<string, Uint8Array> = { "README.md": strToU8("# Welcome to your Convex snapshot export!\n") };
  const listed: string[] = [];
  let creationTime = 1_700_000_000_000;
  for (const [n, [table, docs]] of Object.entries(tables).entries()) {
    const lines: string[] = [];
    for (const [i, doc] of docs.entries()) {
      lines.push(JSON.stringify({ _id: exportId(table as Table, i), _creationTime: (creationTime += 1.5), ...(await encrypted(doc)) }));
    }
    files[`${table}/documents.jsonl`] = strToU8(lines.join("\n") + "\n");
    listed.push(JSON.stringify({ name: table, id: 10001 + n }));
  }
  files["_tables/documents.jsonl"] = strToU8(listed.join("\n") + "\n");
  progress("zipping");
  return zipSync(files, { level: 1 });
}

/** A 32-character id, unique per table and index, shaped like Convex's. */
function exportId(table: Table, index: number): string {
  const tag = Object.keys(SHARES).indexOf(table).toString(36);
  return `j9${tag}${index.toString(36).padStart(29, "0")}`;
}

/** A generated document as production stores it: its encryption markers replaced by ciphertext. */
async function encrypted(value: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = isEncryptMarker(field) ? await encryptWithSecret(field.__encrypt, field.key === "wrong" ? WRONG_ENCRYPTION_SECRET : TEST_ENCRYPTION_KEY) : field;
  }
  return out;
}
