/**
 * Every duration the harness shows people. Each style is the one its
 * readers already see, so none of their lines change:
 * - `duration`: progress lines and budgets, to the second;
 * - `preciseDuration`: call deadlines, which may be under a second;
 * - `seconds`: wall times, to the tenth of a second;
 * - `minutesAndSeconds`: the certificate's run time, in minutes past a minute.
 */

/** 42s, 3m07s, 1h05m. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** 300 ms, 1.5 s, 60 s. */
export function preciseDuration(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}

/** 0.9 s, 48.2 s, 174.3 s. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** 48.2 s, 1 min 1 s. */
export function minutesAndSeconds(ms: number): string {
  const s = ms / 1000;
  return s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : seconds(ms);
}
