import type {OutputId} from "../ids.js";

/**
 * The outputs a reader asks about first: what `shapan compare` and `shapan mc` show by default,
 * the compare page's small multiples and the step-halving check. Declared once here, where both
 * Node and the browser can read it.
 */
export const headlineOutputs: readonly OutputId[] = Object.freeze<OutputId[]>([
  "market_bn_rmb",
  "providers_total",
  "providers_beijing",
  "compute_gap_pflops",
  "compute_gap_beijing_pflops",
  "quality_index",
  "fiscal_cost_bn_rmb"
]);
