import {quantileSorted} from "simple-statistics";

/** Where a column's quantiles are usually asked for: the default bands. */
const PROBABILITIES = [0.05, 0.25, 0.5, 0.75, 0.95];

/**
 * The centre a quantile sketch should count a column's deviations from (see createQuantileSketch:
 * a bucket is at most 2^-7 of its distance from the centre wide), chosen from a sample of the
 * column: its minimum, median or maximum, whichever keeps the bucket widths at the sample's 5, 25,
 * 50, 75 and 95% quantiles smallest against the spacing of the values there (the width of 4% of
 * the sample around each). The median suits most columns, whose spread is small beside their
 * level; the minimum suits a column piled up against a lower bound with a long tail above (a
 * compute gap that is 0 in a quarter of the runs and millions in a few), whose lower quantiles lie
 * much closer to the minimum than to the median; the maximum, the mirror case.
 * Cost: O(n log n) for the sample's sort.
 *
 * @param sample values of the column (at least one), e.g. its first block of runs; not modified
 * @returns the minimum, median or maximum of the sample (NaN aside; 0 if the sample holds no number)
 * @example sketchCentre(Float64Array.of(0, 0, 0.5, 3, 40, 900, 20000)) // 0: the minimum
 */
export function sketchCentre(sample: Float64Array): number {
  const sorted = sample.filter((x) => !Number.isNaN(x)).sort();
  const n = sorted.length;
  if (n === 0) return 0;
  const values = sorted as unknown as number[]; // quantileSorted only indexes and reads length
  const candidates = [sorted[0], quantileSorted(values, 0.5), sorted[n - 1]];
  const span = Math.max(1, Math.round(0.02 * n));
  const scores = candidates.map((centre) => {
    let worst = 0;
    for (const p of PROBABILITIES) {
      const h = Math.round((n - 1) * p);
      const spacing = sorted[Math.min(n - 1, h + span)] - sorted[Math.max(0, h - span)];
      const distance = Math.abs(quantileSorted(values, p) - centre);
      worst = Math.max(worst, distance === 0 ? 0 : spacing > 0 ? distance / spacing : Infinity);
    }
    return worst;
  });
  // Ties (a constant sample, say) go to the median.
  const best = scores[1] <= Math.min(scores[0], scores[2]) ? 1 : scores[0] <= scores[2] ? 0 : 2;
  return Number.isFinite(candidates[best]) ? candidates[best] : 0;
}
