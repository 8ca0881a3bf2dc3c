import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SecretFields } from "../redact.js";
import type { Certificate } from "../report/certificate.js";
import { renderHtml } from "../report/html.js";
import { renderJunit } from "../report/junit.js";
import { renderMarkdown } from "../report/markdown.js";
import { redactCertificate } from "../report/redactCertificate.js";

/**
 * Writes the certificate, redacted, in every format to
 * `<root>/certification/<date>-<commit>/` and returns that folder.
 */
export function writeCertificate(cert: Certificate, secrets: Record<string, SecretFields> = {}, root = "reports"): string {
  const shown = redactCertificate(cert, secrets);
  const dir = join(root, "certification", `${cert.createdAt.slice(0, 10)}-${cert.commit}`);
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(shown, (_key, value) => (typeof value === "bigint" ? `${value}n` : value), 2);
  writeFileSync(join(dir, "certificate.json"), json + "\n");
  writeFileSync(join(dir, "certificate.md"), renderMarkdown(shown));
  writeFileSync(join(dir, "certificate.html"), renderHtml(shown));
  writeFileSync(join(dir, "junit.xml"), renderJunit(shown));
  return dir;
}
