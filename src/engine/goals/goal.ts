/** How a goal reduces an output's annual aggregates over its years to one number. */
export type GoalAggregate = "value" | "min" | "max" | "sum" | "mean";

/** How a goal compares that number with its threshold. */
export type GoalOperator = "<=" | ">=" | "<" | ">";

/**
 * A target on one output, parsed from `OUTPUT@YEAR OP VALUE` or `AGG(OUTPUT@FROM..TO) OP VALUE`
 * (see `parseGoal`). Years read the output's annual aggregate: stocks at year end, flows summed
 * over the year, levels averaged.
 */
export interface Goal {
  /** The goal as written, trimmed: used in reports and error messages. */
  readonly text: string;
  /** Output id, e.g. "compute_gap_beijing_pflops". */
  readonly output: string;
  /** "value" for a single year; min, max, sum or mean over a year range. */
  readonly aggregate: GoalAggregate;
  /** First calendar year, inclusive. */
  readonly from: number;
  /** Last calendar year, inclusive (equal to `from` for a single year). */
  readonly to: number;
  readonly operator: GoalOperator;
  /** Threshold, in the output's unit. */
  readonly value: number;
}

/** Annual aggregates a goal reads: a Projection's `annual` has this shape. */
export interface AnnualSeries {
  /** Calendar years, consecutive. */
  readonly years: ArrayLike<number>;
  /** One value per year, by output id. */
  readonly series: Readonly<Record<string, ArrayLike<number>>>;
}

/** A goal evaluated on one projection. */
export interface GoalEvaluation {
  /** The aggregated value the goal compares. */
  readonly value: number;
  /** Whether the comparison holds. */
  readonly met: boolean;
  /**
   * Signed distance to the threshold, positive on the good side: threshold - value for <= and <,
   * value - threshold for >= and >. A constraint for optimisers: feasible when slack >= 0
   * (strictly > 0 for < and >).
   */
  readonly slack: number;
}
