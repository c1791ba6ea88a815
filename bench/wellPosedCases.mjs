// Scenarios from the whole declared space, and the domain every run must stay in (issue 12): what
// tests/model/wellPosed.test.ts asserts on 2,000 cases and bench/wellPosed.mjs counts on 100,000+.
import fc from "fast-check";

/** A number inside [min, max] printed for a formula (mathjs reads exponent notation). */
const literal = (x) => String(x);

/**
 * Formulas in t the scenario grammar admits, each inside the lever's range at every t: S-curves,
 * steps, oscillations (periods down to a month, faster than any schedule of the levers' own),
 * decays, and a ramp held in range by min and max. All but the ramp stay in range by construction
 * (values a hair inside the range absorb rounding): mathjs evaluates min and max ten times slower
 * than arithmetic, and every formula is evaluated at every instant of the grid.
 */
function formulaValue(lever) {
  const span = lever.max - lever.min;
  const margin = span * 1e-9;
  const value = fc.double({min: lever.min + margin, max: lever.max - margin, noNaN: true});
  const year = fc.double({min: 2023, max: 2040, noNaN: true});
  const oscillation = fc
    .tuple(value, fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0.5, max: 80, noNaN: true}))
    .map(([c, share, w]) => [c, share * Math.min(c - lever.min, lever.max - c) * (1 - 1e-9), w]);
  return fc.oneof(
    fc
      .tuple(value, value, fc.double({min: 0.1, max: 20, noNaN: true}), year)
      .map(([lo, hi, k, y]) => `${literal(lo)} + (${literal(hi)} - ${literal(lo)}) / (1 + exp(-${literal(k)} * (t - ${literal(y)})))`),
    fc.tuple(year, value, value).map(([y, a, b]) => `t < ${literal(y)} ? ${literal(a)} : ${literal(b)}`),
    oscillation.map(([c, r, w]) => `${literal(c)} + ${literal(r)} * sin(${literal(w)} * (t - 2023))`),
    fc
      .tuple(value, value, fc.double({min: 0, max: 10, noNaN: true}), year)
      .map(([a, b, k, y]) => `t < ${literal(y)} ? ${literal(a)} : ${literal(b)} + (${literal(a)} - ${literal(b)}) * exp(-${literal(k)} * (t - ${literal(y)}))`),
    fc
      .tuple(value, fc.double({min: -span, max: span, noNaN: true}), year)
      .map(([a, b, y]) => `min(${literal(lever.max)}, max(${literal(lever.min)}, ${literal(a)} + ${literal(b)} * (t - ${literal(y)})))`)
  );
}

/** A lever value the scenario schema allows: a constant, [year, value] points (any years, in order) or a formula. */
function leverValue(lever) {
  const value = fc.double({min: lever.min, max: lever.max, noNaN: true});
  const points = fc
    .uniqueArray(fc.double({min: 2015, max: 2045, noNaN: true}), {minLength: 1, maxLength: 5})
    .chain((years) => fc.tuple(...years.sort((a, b) => a - b).map((year) => fc.tuple(fc.constant(year), value))));
  // Formulas are the dearest to sample (mathjs parses each and evaluates it at every instant): one draw in seven.
  return fc.oneof({weight: 3, arbitrary: value}, {weight: 3, arbitrary: points}, {weight: 1, arbitrary: formulaValue(lever)});
}

/**
 * A parameter value anywhere in its declared [min, max], not only its prior: the bounds themselves,
 * the default, uniform, fast-check's doubles (which favour extremes: values next to a bound,
 * subnormal numbers), and log-uniform where the range spans more than two decades. Subnormal
 * values found real 0/0s, but they slow arithmetic a hundredfold, so they come one draw in ten.
 */
function parameterValue(parameter) {
  const {min, max} = parameter;
  const choices = [
    {weight: 2, arbitrary: fc.constantFrom(min, max)},
    {weight: 1, arbitrary: fc.constant(parameter.default)},
    {weight: 3, arbitrary: fc.integer({min: 0, max: 2 ** 30}).map((i) => Math.min(max, min + ((max - min) * i) / 2 ** 30))},
    {weight: 1, arbitrary: fc.double({min, max, noNaN: true})}
  ];
  if (min > 0 && max / min > 100) {
    const logUniform = fc.double({min: Math.log(min), max: Math.log(max), noNaN: true}).map((x) => Math.min(max, Math.max(min, Math.exp(x))));
    choices.push({weight: 3, arbitrary: logUniform});
  }
  return fc.oneof(...choices);
}

/**
 * Scenarios with levers and parameters drawn together from their declared ranges: any subset of
 * levers (as constants, points or formulas) and of parameters (the rest keep their calibrated values).
 *
 * @param data the model data (levers and parameters declarations)
 * @param time the scenario's time settings (default: the engine's, RK4 monthly to 2035)
 * @returns a fast-check arbitrary of scenario objects
 */
export function declaredScenario(data, time) {
  const levers = fc.record(Object.fromEntries(data.levers.map((l) => [l.id, leverValue(l)])), {requiredKeys: []});
  const parameters = fc.record(Object.fromEntries(data.parameters.map((p) => [p.id, parameterValue(p)])), {requiredKeys: []});
  return fc.record({levers, parameters}).map((drawn) => ({version: 1, ...drawn, ...(time && {time})}));
}

/**
 * Where a projection leaves the model's domain, at any save point: a value that is not finite, a
 * stock (or sum of stocks) below zero, a share outside [0, 1], a cost below zero, or any other
 * output outside the bounds its declaration gives (engine.outputs' min and max).
 *
 * @returns one entry per output that leaves it (the first instant it does)
 */
export function domainViolations(projection) {
  const found = [];
  for (const output of projection.outputs) {
    const series = projection.series[output.id];
    const min = output.kind === "stock" ? Math.max(0, output.min ?? 0) : (output.min ?? -Infinity);
    const max = output.max ?? Infinity;
    for (let i = 0; i < series.length; i++) {
      const value = series[i];
      if (Number.isFinite(value) && value >= min && value <= max) continue;
      found.push({kind: violationKind(output, value), output: output.id, time: projection.time[i], value});
      break;
    }
  }
  return found;
}

function violationKind(output, value) {
  if (!Number.isFinite(value)) return "not finite";
  if (output.unit === "1" && output.min === 0 && output.max === 1) return "share outside [0, 1]";
  if (output.kind === "stock") return "negative stock";
  if (output.subsystem === "fiscal") return "negative cost";
  return "outside declared bounds";
}
