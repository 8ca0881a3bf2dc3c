import { tryDecryptAsApp as tryDecrypt } from "./appDecrypt.js";
import { MIGRATION } from "../convex/lib/apiKeysToTable/ledger";
import { providers, type Provider } from "../convex/schema";
import type { ConservationProblem, Snapshot, Direction } from "convex-migration-harness";

type KeysByUser = Map<string, Map<Provider, Set<string>>>;

/**
 * No API key may be lost: every provider a user had a key for before the
 * migration still has one after it (in apiKeys or, for values the migration
 * left in place, in userSettings), and a key that only existed in the legacy
 * fields keeps its exact value. A newer apiKeys value may supersede a legacy
 * one: that is the migration's rule, not a loss.
 */
export function apiKeysConserved(before: Snapshot, after: Snapshot, stage: Direction): ConservationProblem[] {
  const [was, now] = [keysByUser(before, "all"), keysByUser(after, "all")];
  const inRows = keysByUser(before, "rows");
  const problems: ConservationProblem[] = [];
  for (const [user, byProvider] of was) {
    for (const [provider, values] of byProvider) {
      const kept = now.get(user)?.get(provider) ?? new Set<string>();
      if (kept.size === 0) {
        problems.push({ table: "apiKeys", message: `user ${user} lost its ${provider} key (${values.size} value(s) before, none after)` });
        continue;
      }
      const onlyLegacy = !inRows.get(user)?.get(provider)?.size;
      if (onlyLegacy && values.size === 1) {
        const [value] = values;
        if (!kept.has(value)) problems.push({ table: "apiKeys", message: `user ${user}'s ${provider} key changed value during the migration` });
      }
    }
  }
  if (stage === "forward") problems.push(...movedIntoRows(was, after));
  return problems;
}

/**
 * What forward is for: after it, every provider a user had a key for is in
 * the user's apiKeys row, unless forward recorded one of the user's settings
 * documents in migrationIssues (it leaves what it cannot interpret in place).
 * Without this, a forward that moves nothing would pass: no key is lost.
 */
function movedIntoRows(was: KeysByUser, after: Snapshot): ConservationProblem[] {
  const rows = keysByUser(after, "rows");
  const withIssues = new Set(
    (after.tables.migrationIssues ?? []).filter((issue) => issue.migration === MIGRATION).map((issue) => String(issue.docId)),
  );
  const usersWithIssues = new Set(
    (after.tables.userSettings ?? []).filter((settings) => withIssues.has(settings._id)).map((settings) => String(settings.userId)),
  );
  const problems: ConservationProblem[] = [];
  for (const [user, byProvider] of was) {
    if (usersWithIssues.has(user)) continue;
    for (const provider of byProvider.keys()) {
      if (!rows.get(user)?.get(provider)?.size) {
        problems.push({ table: "apiKeys", message: `forward left user ${user}'s ${provider} key outside apiKeys (no issue recorded for it)` });
      }
    }
  }
  return problems;
}

function keysByUser(snapshot: Snapshot, which: "all" | "rows"): KeysByUser {
  const result: KeysByUser = new Map();
  const add = (user: string, provider: Provider, value: unknown) => {
    if (typeof value !== "string" || value === "") return;
    const byProvider = result.get(user) ?? new Map<Provider, Set<string>>();
    result.set(user, byProvider);
    byProvider.set(provider, (byProvider.get(provider) ?? new Set()).add(value));
  };
  for (const row of snapshot.tables.apiKeys ?? []) {
    for (const provider of providers) if (typeof row[provider] === "string") add(String(row.userId), provider, tryDecrypt(row[provider] as string));
  }
  if (which === "rows") return result;
  for (const settings of snapshot.tables.userSettings ?? []) {
    const user = String(settings.userId);
    add(user, "openai", settings.openaiKey);
    add(user, "anthropic", settings.anthropicKey);
    for (const [provider, value] of Object.entries(parseBlob(settings.encryptedApiKeys))) {
      if ((providers as readonly string[]).includes(provider)) add(user, provider as Provider, value);
    }
  }
  return result;
}

function parseBlob(blob: unknown): Record<string, unknown> {
  if (typeof blob !== "string" || blob === "") return {};
  try {
    const parsed = JSON.parse(tryDecrypt(blob));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
