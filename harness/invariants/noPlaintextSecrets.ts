import type { Snapshot } from "../model/snapshot.js";
import type { PlaintextSecret, SecretsOptions } from "../spec/types.js";
import { InvariantViolation } from "../model/violation.js";
import type { Invariant } from "../engine/invariant.js";

const MAX_LINES = 12;

/**
 * After forward, no declared secret field holds plaintext: every value is
 * ciphertext by the spec's `isCiphertext` (only the app can tell, by trying
 * to decrypt), unless the spec's `allowPlaintext` accepts it (e.g. a value
 * the migration recorded as impossible to encrypt). Absent fields and empty
 * strings hold no secret. Rollback may restore plaintext: that is its job.
 */
export const noPlaintextSecrets: Invariant<void> = {
  name: "noPlaintextSecrets",
  title: "after forward, no declared secret field holds a plaintext value",
  defaultRuns: 25,
  notApplicable: (spec) => (spec.secrets ? null : "the spec declares no `secrets` fields"),
  async check({ ctx, session: s }) {
    const secrets = ctx.spec.secrets!;
    const before = await s.snapshot();
    await s.complete("forward");
    const after = await s.snapshot();
    const leaks = await plaintextSecrets(secrets, before, after);
    if (leaks.length === 0) return;
    throw new InvariantViolation({
      invariant: "noPlaintextSecrets",
      summary: `${leaks.length} secret value(s) in plaintext after forward, first ${leaks[0].table} ${leaks[0].id}.${leaks[0].field}`,
      details: [
        ...leaks.slice(0, MAX_LINES).map((l) => `  ${l.table} ${l.id}.${l.field} holds ${redact(l.value)}, which is not ciphertext`),
        ...(leaks.length > MAX_LINES ? [`  … and ${leaks.length - MAX_LINES} more`] : []),
      ],
      findings: leaks.map((l) => ({ ...l, value: redact(l.value) })),
    });
  },
};

async function plaintextSecrets(secrets: SecretsOptions, before: Snapshot, after: Snapshot): Promise<PlaintextSecret[]> {
  const leaks: PlaintextSecret[] = [];
  for (const [table, fields] of Object.entries(secrets.fields)) {
    const docs = after.tables[table];
    if (!docs) throw new Error(`secrets.fields names table "${table}", which is not a table of the app`);
    for (const doc of docs) {
      for (const field of fields ?? []) {
        const value = doc[field];
        if (value === undefined || value === "") continue;
        if (await secrets.isCiphertext(value)) continue;
        const found = { table, id: doc._id, field, value };
        if (secrets.allowPlaintext && (await secrets.allowPlaintext(found, { before, after }))) continue;
        leaks.push(found);
      }
    }
  }
  return leaks;
}

/** Enough of a value to recognise it in the dataset, never the whole secret. */
function redact(value: unknown): string {
  if (typeof value !== "string") return `a ${typeof value}`;
  const shown = value.length <= 8 ? value.slice(0, 2) : value.slice(0, 4);
  return `${JSON.stringify(`${shown}…`)} (${value.length} chars)`;
}
