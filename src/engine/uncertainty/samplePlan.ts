import type {Goal} from "../goals/goal.js";
import type {PreparedScenario} from "../prepareScenario.js";

/**
 * What a batch of runs records: plain data (structured-cloneable), so the same plan can be sent
 * to worker threads and Web Workers, each of which builds its own `createSampleRunner`.
 */
export interface SamplePlan {
  /** The scenario every run starts from, levers already sampled (see `prepareScenario`). */
  readonly scenario: PreparedScenario;
  /** Ids of the parameters the design varies, one per design column. */
  readonly parameters: readonly string[];
  /**
   * Draws, row-major runs × parameters: single precision from `sampleParameters` (4 bytes a
   * value, for batches of a million runs), double for rows of a posterior sample or a Saltelli design.
   */
  readonly design: Float32Array | Float64Array;
  /** Outputs whose series are recorded (may be empty, e.g. for goals only). */
  readonly outputs: readonly string[];
  /** Record annual aggregates (one value per calendar year) instead of every save point. */
  readonly annual: boolean;
  /** Goals whose aggregated value is recorded, one column each after the series. */
  readonly goals: readonly Goal[];
}

/** How a batch's results are laid out: column-major, `values[column * runs + run]`. */
export interface SampleLayout {
  readonly runs: number;
  /** Series columns (outputs × time) plus one per goal. */
  readonly columns: number;
  /**
   * The time axis of each recorded series: save points from time.from (decimal years), or
   * calendar years with `annual`. Output o at time index i is column `o * time.length + i`; goal
   * g is column `outputs.length * time.length + g`.
   */
  readonly time: Float64Array;
}
