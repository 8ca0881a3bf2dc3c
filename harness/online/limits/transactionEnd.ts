import { TransactionMetricsTracker, type TransactionMetrics } from "convex-test/dist/transactionMetrics.js";
import { usageKeys, zeroUsage, type TransactionUsage } from "./usage.js";

/**
 * Makes convex-test call `listener` with what each top-level transaction
 * used, when it ends (commit, or rollback when it threw), by wrapping its
 * TransactionMetricsTracker: the root layer holds the transaction's totals,
 * nested `ctx.runMutation` layers included. The listener runs inside the
 * ending function's convex-test context. One listener per convex-test
 * instance of the module (a later call replaces it). This replaced reading
 * `getTransactionMetrics` after every syscall, which cost about a sixth of
 * withinLimits' run time. It relies on convex-test 0.0.60's tracker
 * (`_layers`, `commit`, `rollback`) and fails loudly if that changes.
 */
export function setTransactionEndListener(listener: Listener): void {
  hook().listener = listener;
}

/** Gets the ended transaction's usage on demand: most transactions are not measured. */
type Listener = (usage: () => TransactionUsage) => void;
type Hook = { listener?: Listener };
type Layer = { metrics: TransactionMetrics };
type TrackerInternals = { _layers: Layer[] };

const HOOKED = Symbol.for("convex-migration-harness.transactionEnd");

function hook(): Hook {
  const proto = TransactionMetricsTracker.prototype as unknown as Record<string | symbol, unknown>;
  const existing = proto[HOOKED] as Hook | undefined;
  if (existing) return existing;
  const installed: Hook = {};
  for (const method of ["commit", "rollback"] as const) {
    const original = proto[method];
    if (typeof original !== "function") {
      throw new Error(`convex-test's TransactionMetricsTracker has no ${method}(): the harness's transaction measurements need updating for this convex-test version`);
    }
    proto[method] = function (this: TrackerInternals, ...args: unknown[]) {
      const layers = this._layers;
      if (!Array.isArray(layers)) {
        throw new Error("convex-test's TransactionMetricsTracker has no _layers: the harness's transaction measurements need updating for this convex-test version");
      }
      // The root layer ending is the transaction ending; nested layers fold into it.
      const root = layers.length === 1 ? layers[0] : undefined;
      const result = (original as (...a: unknown[]) => unknown).apply(this, args);
      if (root) installed.listener?.(() => toUsage(root.metrics));
      return result;
    };
  }
  proto[HOOKED] = installed;
  return installed;
}

function toUsage(metrics: TransactionMetrics): TransactionUsage {
  const usage = zeroUsage();
  for (const key of usageKeys) usage[key] = metrics[key];
  return usage;
}
