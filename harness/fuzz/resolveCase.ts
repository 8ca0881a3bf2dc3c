import fc from "fast-check";
import type { Dataset } from "../model/dataset.js";
import { invariants } from "../invariants/index.js";
import { paramsOf } from "../engine/invariant.js";
import { redactValue, secretsOfDataset, type SecretFields } from "../model/redact.js";
import type { MigrationSpec } from "../spec/types.js";
import { stableStringify } from "../model/stable.js";
import { decodeValue, encodeValue } from "../corpus/codec.js";
import type { CorpusEntry } from "../corpus/entry.js";
import { readVault } from "../corpus/store.js";

export type ResolvedCase =
  | { source: "exact" | "vault" | "regenerated"; dataset: Dataset; params: unknown }
  | { outdated: string };

/**
 * The raw case to replay for a corpus entry. The committed file is exact
 * when nothing had to be redacted; otherwise the vault (on the machine that
 * found it) or the generator (from seed and path) supplies the raw values,
 * and either is used only if, redacted, it is exactly the saved case: a
 * generator that changed since must not silently replay something else.
 */
export function resolveCase(entry: CorpusEntry, spec: MigrationSpec, dir: string): ResolvedCase {
  if (entry.case.exact) {
    return { source: "exact", dataset: decodeValue(entry.case.dataset) as Dataset, params: decodeValue(entry.case.params) };
  }
  const saved = stableStringify({ dataset: entry.case.dataset, params: entry.case.params });
  const matches = (raw: { dataset: unknown; params: unknown }) => {
    const encoded = { dataset: encodeValue(raw.dataset), params: encodeValue(raw.params) };
    return stableStringify(redactValue(encoded, secretsOfDataset(raw.dataset as never, spec.secrets?.fields as SecretFields | undefined))) === saved;
  };
  const vault = readVault(dir, entry.id);
  if (vault && matches(vault)) return { source: "vault", dataset: vault.dataset as Dataset, params: vault.params };
  if (entry.seed === null || entry.path === null) {
    return { outdated: "its values were redacted and this machine has no raw copy (.vault/ is kept only where the failure was found)" };
  }
  const regenerated = regenerate(spec, entry);
  if (regenerated && matches(regenerated)) return { source: "regenerated", ...regenerated };
  return {
    outdated:
      `seed ${entry.seed} and path "${entry.path}" no longer generate the saved case (the dataset generator changed since ` +
      `${entry.foundAt.slice(0, 10)}); re-record it with npm run fuzz or delete the file`,
  };
}

/** The value fast-check reaches at `path` from `seed`, without running the property. */
function regenerate(spec: MigrationSpec, entry: CorpusEntry): { dataset: Dataset; params: unknown } | null {
  const params = paramsOf(invariants[entry.invariant], spec);
  let details: fc.RunDetails<[unknown, ...unknown[]]>;
  try {
    details = fc.check(fc.property(spec.dataset, params, () => false), { seed: entry.seed!, path: entry.path!, numRuns: 1, endOnFailure: true });
  } catch {
    return null; // a path the generator no longer has
  }
  if (!details.failed || !details.counterexample) return null;
  const [dataset, value] = details.counterexample as [Dataset, unknown];
  return { dataset, params: value };
}
