import { redactText, type SecretFields } from "../model/redact.js";
import type { CheckResult } from "../model/result.js";
import type { Certificate } from "../report/certificate.js";
import { redactResult } from "../report/redactResult.js";

/**
 * The certificate with every value that looks like a secret replaced, in
 * results, failures, datasets, snapshot problems and error messages; the
 * provenance (commit, source hash, versions) is kept as it is, since a hash
 * would otherwise read as a secret. `secrets` gives each migration's declared
 * secret fields, redacted whole whatever they hold.
 */
export function redactCertificate(cert: Certificate, secrets: Record<string, SecretFields> = {}): Certificate {
  const result = (r: CheckResult) => redactResult(r, secrets[r.migration]);
  return {
    ...cert,
    reasons: cert.reasons.map((line) => redactText(line)),
    results: cert.results.map(result),
    snapshot: cert.snapshot && {
      report: { ...cert.snapshot.report, problems: cert.snapshot.report.problems.map((p) => ({ ...p, message: redactText(p.message) })) },
      results: cert.snapshot.results.map(result),
    },
    errors: cert.errors.map((line) => redactText(line)),
  };
}
