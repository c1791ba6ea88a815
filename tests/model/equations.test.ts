import {all, create} from "mathjs";
import {describe, expect, it} from "vitest";
import {createGrid, evaluationTimes, sampleLever} from "../../src/engine/index.js";
import {bindModel} from "../../src/engine/model/index.js";
import {data, engine} from "../helpers.js";

// The method page prints each block's equations; the model runs the code each block writes. Here
// every equation is evaluated with mathjs at a state and compared with what the compiled derivative
// computes there, so the two cannot drift apart. Templates (<sector>, <kind>, <layer>, <region>) are
// expanded over the dimensions, with each member's data (shares, weights, tolerances) bound to the
// per-member symbols the equations name.
const math = create(all);
const {sectors, kinds, layers, regions} = data.dimensions;
const {structure} = engine;
const blocks = structure.blocks;

interface Concrete {
  defines: string;
  expression: string;
  derivative: boolean;
}

// Symbols an equation reads per sector without naming the sector; each becomes `name_<sector>`.
const perSector = ["innovation_weight", "is_demonstration", "potential_share", "hallucination_tolerance", "reliability_gate"];

function expand(defines: string, expression: string, derivative: boolean): Concrete[] {
  if (defines.includes("<layer>")) {
    return layers.flatMap((l) => {
      // sum(E) over sectors, layer_share being the sector's share of the layer.
      const body = expression.replace(/<layer>/g, l.id).replace(/^sum\((.*)\)$/, "$1");
      const terms = sectors.map((s) => `(${body.replace(/<sector>/g, s.id).replace(/\blayer_share\b/g, `layer_share_${s.id}_${l.id}`)})`);
      return [{defines: defines.replace(/<layer>/g, l.id), expression: terms.join(" + "), derivative}];
    });
  }
  const sectorScoped = expression.includes("<sector>") || defines === "reliability_gate";
  if (sectorScoped) {
    return sectors.flatMap((s) => {
      const name = (text: string) => perSector.reduce((t, symbol) => t.replace(new RegExp(`\\b${symbol}\\b`, "g"), `${symbol}_${s.id}`), text.replace(/<sector>/g, s.id));
      return expand(name(defines), name(expression), derivative);
    });
  }
  if (defines.includes("<region>")) {
    return regions.flatMap((r) =>
      kinds.map((k) => ({
        defines: defines.replace(/<region>/g, r.id).replace(/<kind>/g, k.id),
        expression: expression
          .replace(/<region>/g, r.id)
          .replace(/<kind>/g, k.id)
          .replace(/\bentrant_share\b/g, `entrant_share_${r.id}_${k.id}`),
        derivative
      }))
    );
  }
  if (defines.includes("<kind>") || expression.includes("<kind>")) {
    return kinds.map((k) => ({defines: defines.replace(/<kind>/g, k.id), expression: expression.replace(/<kind>/g, k.id), derivative}));
  }
  return [{defines, expression, derivative}];
}

const equations = blocks.flatMap((b) => b.equations.flatMap((e) => expand(e.defines, e.expression, e.derivative === true)));

/** The data each member of a dimension brings, under the names the expanded equations use. */
function dimensionScope(levers: Record<string, number>, parameters: Record<string, number>): Record<string, number> {
  const scope: Record<string, number> = {};
  for (const s of sectors) {
    scope[`innovation_weight_${s.id}`] = s.innovationWeight;
    scope[`is_demonstration_${s.id}`] = s.demonstration ? 1 : 0;
    scope[`potential_share_${s.id}`] = s.potentialShare;
    scope[`hallucination_tolerance_${s.id}`] = s.hallucinationTolerance ?? Infinity;
    for (const l of layers) scope[`layer_share_${s.id}_${l.id}`] = s.layerShares[l.id] ?? 0;
  }
  // The note on providers_<region>_<kind>: the region's 2023 share, Beijing's times
  // beijing_emphasis ^ beijing_emphasis_elasticity, normalised over regions.
  const weight = (r: (typeof regions)[number], kind: string) => r.providerShare[kind] * (r.id === "beijing" ? levers.beijing_emphasis ** parameters.beijing_emphasis_elasticity : 1);
  for (const k of kinds) {
    const total = regions.reduce((sum, r) => sum + weight(r, k.id), 0);
    for (const r of regions) scope[`entrant_share_${r.id}_${k.id}`] = weight(r, k.id) / total;
  }
  return scope;
}

describe("equations", () => {
  it("expand to one concrete equation per stock derivative and none unresolved", () => {
    const derivatives = new Set(equations.filter((e) => e.derivative).map((e) => e.defines));
    expect([...derivatives].sort()).toEqual(structure.stocks.map((s) => s.id).sort());
    for (const e of equations) expect(`${e.defines} = ${e.expression}`).not.toMatch(/<\w+>/);
  });

  // The calibrated baseline at its start, and a state far from it (every stock scaled by its own
  // factor) mid-run, with levers moved off their defaults.
  const cases: Array<{name: string; k: number; scale: (i: number) => number; levers: Record<string, number>}> = [
    {name: "the baseline at 2023", k: 0, scale: () => 1, levers: {}},
    {
      name: "a perturbed state in 2029 under other levers",
      k: 72,
      scale: (i: number) => 0.6 + ((i * 37) % 11) / 10,
      levers: {compute_subsidy: 0.3, public_compute: 4000, regulation: 0.6, talent: 1.3, beijing_emphasis: 1.5, data_openness: 0.5, demo_scenarios: 25}
    }
  ];
  it.each(cases)("hold for the compiled derivative: $name", ({k, scale, levers: moved}) => {
    const grid = createGrid(2023, 2035, 12);
    const times = evaluationTimes(grid, "euler");
    const scenario = engine.resolve({version: 1, extends: "baseline", levers: moved});
    const levers = Object.fromEntries(data.levers.map((l) => [l.id, sampleLever(l, scenario.levers[l.id], times)]));
    const model = bindModel(structure, data.dimensions, times);
    const y = Float64Array.from(model.prepare(levers, scenario.parameters), (v, i) => v * scale(i));
    const dydt = new Float64Array(y.length);
    const out = new Float64Array(structure.outputs.length);
    model.system.derivative(k, y, dydt, out, 0);

    const leverNow = Object.fromEntries(Object.entries(levers).map(([id, values]) => [id, values[k]]));
    const tau = times[k] - 2023;
    // cumulative_domestic_growth: the lever's integral since 2023 (it is flat here, so exact).
    const domestic = levers.domestic_accelerators;
    expect(domestic.every((v) => v === domestic[0])).toBe(true);
    const scope: Record<string, number> = {
      ...scenario.parameters,
      ...leverNow,
      ...dimensionScope(leverNow, scenario.parameters),
      ...Object.fromEntries(structure.stocks.map((s, i) => [s.id, y[i]])),
      ...Object.fromEntries(structure.outputs.map((o, i) => [o.id, out[i]])),
      t: times[k],
      tau,
      cumulative_domestic_growth: domestic[0] * tau
    };
    const checked: string[] = [];
    let pending = equations.slice();
    // Evaluate whatever can be evaluated until nothing is left: auxiliaries join the scope.
    while (pending.length > 0) {
      const next = pending.filter((e) => {
        let value: number;
        try {
          value = math.evaluate(e.expression, {...scope}) as number;
        } catch {
          return true;
        }
        const expected = e.derivative ? dydt[structure.stockIndex.get(e.defines)!] : structure.outputIndex.has(e.defines) ? out[structure.outputIndex.get(e.defines)!] : undefined;
        if (expected === undefined) scope[e.defines] = value;
        else {
          expect(value, `${e.derivative ? "d/dt " : ""}${e.defines} = ${e.expression}`).toBeCloseTo(expected, Math.max(0, 10 - Math.ceil(Math.log10(Math.abs(expected) + 1))));
          checked.push(e.defines);
        }
        return false;
      });
      if (next.length === pending.length) throw new Error(`cannot evaluate: ${next.map((e) => e.defines).join(", ")}`);
      pending = next;
    }
    expect(checked.length).toBeGreaterThan(40);
  });
});
