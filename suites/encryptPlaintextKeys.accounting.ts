import { tryDecryptAsApp as tryDecrypt } from "./appDecrypt.js";
import { providers } from "../convex/schema";
import type { ConservationProblem, Snapshot } from "convex-migration-harness";

/**
 * No key changes meaning: every apiKeys row is still there under its id, and
 * each provider reads (through the app's tryDecrypt, as the read path does)
 * exactly what it read before. Encrypting changes the bytes, never the key.
 */
export function keysUnchanged(before: Snapshot, after: Snapshot): ConservationProblem[] {
  const problems: ConservationProblem[] = [];
  const now = new Map((after.tables.apiKeys ?? []).map((row) => [row._id, row]));
  for (const row of before.tables.apiKeys ?? []) {
    const later = now.get(row._id);
    now.delete(row._id);
    if (!later) {
      problems.push({ table: "apiKeys", message: `row ${row._id} was deleted` });
      continue;
    }
    if (later.userId !== row.userId) problems.push({ table: "apiKeys", message: `row ${row._id} changed owner` });
    for (const provider of providers) {
      const [was, is] = [row[provider], later[provider]];
      if (was === is) continue;
      if (was === undefined || is === undefined) {
        problems.push({ table: "apiKeys", message: `row ${row._id}: ${provider} was ${was === undefined ? "added" : "removed"}` });
      } else if (tryDecrypt(String(was)) !== tryDecrypt(String(is))) {
        problems.push({ table: "apiKeys", message: `row ${row._id}: the ${provider} key reads differently than before` });
      }
    }
  }
  for (const id of now.keys()) problems.push({ table: "apiKeys", message: `row ${id} was inserted` });
  return problems;
}
