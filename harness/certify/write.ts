import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SecretFields } from "../model/redact.js";
import type { Certificate } from "../report/certificate.js";
import { renderHtml } from "../report/html.js";
import { renderJunit } from "../report/junit.js";
import { renderMarkdown } from "../report/markdown.js";
import { redactCertificate } from "./redact.js";

/**
 * Writes the certificate, redacted, in every format to
 * `<root>/certification/<date>-<commit>/` and returns that folder. A second
 * certification of the same commit on the same day (another backend, more
 * runs) gets `<date>-<commit>-2/`, and so on: a certificate is never
 * overwritten.
 */
export function writeCertificate(cert: Certificate, secrets: Record<string, SecretFields> = {}, root = "reports"): string {
  const shown = redactCertificate(cert, secrets);
  const dir = freshFolder(join(root, "certification", `${cert.createdAt.slice(0, 10)}-${cert.commit}`));
  const json = JSON.stringify(shown, (_key, value) => (typeof value === "bigint" ? `${value}n` : value), 2);
  writeFileSync(join(dir, "certificate.json"), json + "\n");
  writeFileSync(join(dir, "certificate.md"), renderMarkdown(shown));
  writeFileSync(join(dir, "certificate.html"), renderHtml(shown));
  writeFileSync(join(dir, "junit.xml"), renderJunit(shown));
  return dir;
}

function freshFolder(base: string): string {
  let dir = base;
  for (let n = 2; existsSync(dir); n++) dir = `${base}-${n}`;
  mkdirSync(dir, { recursive: true });
  return dir;
}
