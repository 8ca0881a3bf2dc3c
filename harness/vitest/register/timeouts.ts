import type { BackendKind } from "../../model/backend.js";
import { resolveDeadline } from "../../engine/deadline.js";
import type { MigrationSpec } from "../../spec/types.js";
import { checkTimeLimitFromEnv } from "../../model/config.js";

/** The longest one check may run, in ms, unless HARNESS_CHECK_TIME_LIMIT_MS says otherwise. */
const DEFAULT_CHECK_TIME_LIMIT_MS = 10 * 60_000;
/** Time vitest gives a test beyond the check's own limit and one call's deadline: reporting, disposal. */
const REPORT_MARGIN_MS = 30_000;

/**
 * A check's time limit and the vitest timeout of the test that runs it.
 * fast-check is interrupted at the limit (shrinking included), which it
 * checks between runs; a run in progress ends within one call's deadline.
 * So the test's timeout is the limit, plus a deadline, plus a margin: the
 * harness always reports first, and vitest's bare "Test timed out" is never
 * what a found failure turns into.
 */
export function checkTimes(spec: MigrationSpec, backend: BackendKind): { timeLimitMs: number; testTimeoutMs: number } {
  const timeLimitMs = checkTimeLimitFromEnv() ?? DEFAULT_CHECK_TIME_LIMIT_MS;
  return { timeLimitMs, testTimeoutMs: timeLimitMs + resolveDeadline(backend, spec.deadlineMs) + REPORT_MARGIN_MS };
}
