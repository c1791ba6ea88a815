/**
 * The most values (runs × recorded series values) a batch keeps to band exactly: 2^25, 256 MiB of
 * doubles. A larger batch (a million annual or a hundred thousand monthly runs of the headline
 * outputs) is banded from quantile sketches (see createQuantileSketch), which take about 34 KB per
 * recorded series value and thread whatever the number of runs.
 */
export const maximumExactValues = 2 ** 25;

/**
 * Whether a batch is too large to keep and is banded from sketches: more than `limit` series
 * values. The one rule every Monte Carlo path follows (in-process, worker threads), so their
 * results agree bit for bit.
 *
 * @param runs runs in the batch
 * @param seriesColumns recorded series values per run (outputs × time points)
 * @param limit the most series values kept (MonteCarloPlan.exactValues), default {@link maximumExactValues}
 * @returns true when the batch is sketched
 * @example sketchesQuantiles(1_000_000, 91) // true: a million annual runs of the seven headline outputs
 */
export function sketchesQuantiles(runs: number, seriesColumns: number, limit: number = maximumExactValues): boolean {
  return runs * seriesColumns > limit;
}
