import type {SampleDraws} from "../calibration/posteriorDesign.js";
import type {DeclaredSign, ScenarioInput, SignDeclarations} from "../declarations.js";
import type {ResolvedScenario} from "../scenario/resolveScenario.js";
import type {Engine} from "../simulate.js";
import {createSampleRunner} from "../uncertainty/createSampleRunner.js";
import {type ObservedSign, sequenceSign} from "./sequenceSign.js";

export type {ObservedSign};

/** What `checkSigns` sweeps and under which parameters. */
export interface SignCheckOptions {
  /** The scenario whose levers are swept one at a time, the others at its values (default "baseline"). */
  scenario?: ScenarioInput | ResolvedScenario | string;
  /** Parameter draws (e.g. rows of a posterior sample); each is swept like the scenario's own values. */
  draws?: SampleDraws;
  /** Values of each lever, evenly spaced over its declared [min, max] (default 11, at least 2). */
  points?: number;
  /** Steps within this share of the sequence's largest magnitude count as ties (default 1e-3: a change an analyst would not read). */
  tolerance?: number;
  /** Share of the draws a declared sign must hold in (default 0.9). */
  required?: number;
}

/** A sign's check in one cell: declared, at the scenario's parameters, and across the draws. */
export interface SignCheck {
  lever: string;
  output: string;
  year: number;
  declared: DeclaredSign;
  /** The sweep at the scenario's own parameters (the calibrated point for the baseline). */
  point: ObservedSign;
  /** The output's annual value at each lever value, at the scenario's parameters. */
  values: number[];
  /** How many draws showed each sign. */
  draws: Record<ObservedSign, number>;
  /** Share of draws showing the declared sign; null for "ambiguous" or without draws. */
  agreement: number | null;
  /** Ambiguous, or the declared sign at the point and in at least `required` of the draws. */
  holds: boolean;
}

/** A net statement's check: the sign of value at max minus value at min. */
export interface NetCheck {
  lever: string;
  output: string;
  year: number;
  declared: "+" | "-" | "0";
  point: "+" | "-" | "0";
  /** Share of draws with the declared net sign; null without draws. */
  agreement: number | null;
  /** The declared sign at the point and in at least `required` of the draws. */
  holds: boolean;
}

/**
 * **Declared lever signs against the model**: sweeps every lever over `points` values of its
 * declared range, the other levers at the scenario's values, and reads each declared output's
 * annual value in each declared year, at the scenario's parameters and under every draw. A
 * sequence's sign is `sequenceSign`'s: steps within `tolerance` (0.1%) of its largest magnitude are
 * ties, so a lever that saturates and then drifts by hundredths of a per cent still reads as its
 * net direction. A net
 * statement compares the value at the lever's max with the value at its min.
 *
 * Each lever value is prepared and compiled once (createSampleRunner), then run at the point and
 * for each draw, annual aggregates only, up to the last declared year.
 * Cost: levers × points × (draws + 1) runs (about 0.4 ms each to 2030 on a monthly step).
 *
 * @param engine the engine bound to its data (the levers' ranges come from its declarations)
 * @param declarations the declared signs (data/signs.json)
 * @param options scenario, draws, points, tolerance and the share of draws required
 * @returns one check per declared cell (declaration order, years ascending) and per net statement
 * @throws RangeError naming a lever or output the engine does not declare, a year outside the
 *   scenario, points below 2, or a draw of the wrong width (createSampleRunner names unknown parameters)
 * @example
 * const draws = modelDraws(calibration.sample, data.parameters.map((p) => p.id), {rows: 50});
 * checkSigns(engine, data.signs, {draws}).cells.find((c) => c.lever === "talent" && c.output === "providers_total" && c.year === 2030);
 * // => {declared: "+", point: "+", draws: {"+": 50, "-": 0, "0": 0, mixed: 0}, agreement: 1, holds: true, values: [...], ...}
 */
export function checkSigns(
  engine: Pick<Engine, "data" | "resolve" | "derive" | "prepare" | "structure">,
  declarations: SignDeclarations,
  options: SignCheckOptions = {}
): {cells: SignCheck[]; net: NetCheck[]} {
  const points = options.points ?? 11;
  const tolerance = options.tolerance ?? 1e-3;
  const required = options.required ?? 0.9;
  const holds = (declared: string, point: string, agreement: number | null) => declared === "ambiguous" || (point === declared && (agreement === null || agreement >= required));
  if (!Number.isInteger(points) || points < 2) throw new RangeError(`checkSigns: points must be an integer >= 2, got ${points}`);
  const draws = options.draws ?? {parameters: [], draws: []};
  const width = draws.parameters.length;
  const bad = draws.draws.findIndex((row) => row.length !== width);
  if (bad >= 0) throw new RangeError(`checkSigns: draw ${bad} holds ${draws.draws[bad].length} values, expected ${width} (one per parameter)`);
  const base = engine.resolve(options.scenario ?? "baseline");
  const years = [...declarations.years].sort((a, b) => a - b);
  for (const year of years) {
    if (!Number.isInteger(year) || year < base.time.from || year > base.time.to) throw new RangeError(`checkSigns: year ${year} is outside the scenario's years ${base.time.from}-${base.time.to}`);
  }
  const levers = new Map(engine.data.levers.map((l) => [l.id, l]));
  for (const d of [...declarations.signs, ...declarations.net]) {
    if (!levers.has(d.lever)) throw new RangeError(`checkSigns: lever "${d.lever}" is not declared`);
    if (!engine.structure.outputIndex.has(d.output)) throw new RangeError(`checkSigns: output "${d.output}" is not declared`);
  }
  const outputs = [...new Set([...declarations.signs, ...declarations.net].map((d) => d.output))];
  const swept = [...new Set([...declarations.signs, ...declarations.net].map((d) => d.lever))];
  // Runs stop at the last declared year: later years change nothing before it.
  const scenario = engine.derive(base, {time: {to: years[years.length - 1]}});
  const design = Float64Array.from(draws.draws.flat());
  const runs = draws.draws.length + 1;
  // values[lever][run][output][year] over the lever's points: run 0 is the point, run r the draw r - 1.
  const sweeps = new Map<string, Float64Array[]>();
  for (const id of swept) {
    const lever = levers.get(id)!;
    const recorded = outputs.map(() => Array.from({length: runs}, () => new Float64Array(points * years.length)));
    for (let i = 0; i < points; i++) {
      const value = i === points - 1 ? lever.max : lever.min + ((lever.max - lever.min) * i) / (points - 1);
      const runner = createSampleRunner({
        scenario: engine.prepare(engine.derive(scenario, {levers: {[id]: value}})),
        parameters: draws.parameters,
        design,
        outputs,
        annual: true,
        goals: []
      });
      const row = new Float64Array(runner.layout.columns);
      const {time} = runner.layout;
      for (let r = 0; r < runs; r++) {
        runner.run(r === 0 ? undefined : design.subarray((r - 1) * width, r * width), row, 1, 0);
        for (let o = 0; o < outputs.length; o++) {
          for (let y = 0; y < years.length; y++) recorded[o][r][y * points + i] = row[o * time.length + years[y] - time[0]];
        }
      }
    }
    for (let o = 0; o < outputs.length; o++) for (let r = 0; r < runs; r++) sweeps.set(`${id}|${outputs[o]}|${r}`, splitYears(recorded[o][r], years.length, points));
  }
  const sequence = (lever: string, output: string, run: number, y: number) => sweeps.get(`${lever}|${output}|${run}`)![y];
  const cells = declarations.signs.flatMap((d) =>
    years.map((year, y): SignCheck => {
      const declared = d.sign[String(year)];
      const counts: Record<ObservedSign, number> = {"+": 0, "-": 0, "0": 0, mixed: 0};
      for (let r = 1; r < runs; r++) counts[sequenceSign(sequence(d.lever, d.output, r, y), tolerance)]++;
      const values = Array.from(sequence(d.lever, d.output, 0, y));
      const agreement = runs > 1 && declared !== "ambiguous" ? counts[declared] / (runs - 1) : null;
      const point = sequenceSign(values, tolerance);
      return {lever: d.lever, output: d.output, year, declared, point, values, draws: counts, agreement, holds: holds(declared, point, agreement)};
    })
  );
  const net = declarations.net.flatMap((d) =>
    years.flatMap((year, y): NetCheck[] => {
      const declared = d.sign[String(year)];
      if (declared === undefined) return [];
      const change = (r: number) => {
        const s = sequence(d.lever, d.output, r, y);
        const delta = s[points - 1] - s[0];
        return delta > 0 ? "+" : delta < 0 ? "-" : "0";
      };
      let agreeing = 0;
      for (let r = 1; r < runs; r++) if (change(r) === declared) agreeing++;
      const point = change(0);
      const agreement = runs > 1 ? agreeing / (runs - 1) : null;
      return [{lever: d.lever, output: d.output, year, declared, point, agreement, holds: holds(declared, point, agreement)}];
    })
  );
  return {cells, net};
}

/** One year's sequence per declared year, out of a buffer laid out year-major. */
function splitYears(buffer: Float64Array, years: number, points: number): Float64Array[] {
  return Array.from({length: years}, (_, y) => buffer.subarray(y * points, (y + 1) * points));
}
