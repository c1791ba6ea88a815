import {all, create} from "mathjs";
import {describe, expect, it} from "vitest";
import {bindModel, type BlockDeclaration, compileModel, type Dimensions} from "../../src/engine/index.js";
import {describeModel} from "../../src/engine/model/describeModel.js";
import {loadCompiledModel, nodeCompile} from "../../src/index.js";
import {data, engine} from "../helpers.js";
import {close, evaluateReference} from "./referenceEvaluation.js";

const math = create(all);
const label = (en: string) => ({zh: en, en});

// Two of everything the templates range over, so sums and per-member data are exercised.
const dims: Dimensions = {
  sectors: [
    {id: "a", label: label("A"), potentialShare: 0.6, innovationWeight: 1, demonstration: true, procurementWeight: 1, layerShares: {base: 1}},
    {id: "b", label: label("B"), potentialShare: 0.4, innovationWeight: 2, hallucinationTolerance: 0.1, demonstration: false, procurementWeight: 0, layerShares: {base: 0.5, top: 0.5}}
  ],
  regions: [
    {id: "beijing", label: label("Beijing"), providerShare: {general: 0.5}},
    {id: "rest", label: label("Rest"), providerShare: {general: 0.5}}
  ],
  kinds: [{id: "general", label: label("General")}],
  layers: [
    {id: "base", label: label("Base"), kind: "general"},
    {id: "top", label: label("Top"), kind: "general"}
  ]
};

function compile(blocks: BlockDeclaration[], levers = ["x"], parameters = ["p", "q"]) {
  const structure = describeModel(blocks, dims);
  return {structure, compiled: compileModel(structure, {parse: math.parse, levers, parameters, dims})};
}

const block = (fields: Partial<BlockDeclaration>): BlockDeclaration => ({id: "b1", label: label("Block"), description: "", reads: [], variables: [], links: [], ...fields});

// Every construct the compiler supports: arithmetic, powers, functions, conditionals, logic,
// sums over dimensions, dimension data, t and tau, integral, parameters, levers and stocks, and
// terms of every level (parameters, levers, time, state) mixed in one expression.
const everything: BlockDeclaration[] = [
  block({
    id: "first",
    stocks: [
      {
        id: "s_<sector>",
        label: label("S {sector}"),
        unit: "1",
        initial: "p * potential_share_<sector> + innovation_weight_<sector>",
        derivative: "growth_<sector> - s_<sector> / q",
        description: ""
      }
    ],
    variables: [
      {
        id: "growth_<sector>",
        unit: "1/year",
        equation: "p * exp(0.1 * tau) * (1 + x) / (1 + s_<sector>) + max(0, x - 0.5) ^ 2 + integral(x) - exp(-q * tau) / (2 + s_<sector>)",
        description: ""
      },
      {id: "total", label: label("Total"), unit: "1", output: "flow", equation: "sum(s_<sector>)", description: ""},
      {id: "gate_<sector>", unit: "1", equation: "is_high_stakes_<sector> ? 1 / (1 + total * hallucination_tolerance_<sector> ^ (-q)) : 1", description: ""},
      {
        id: "mixed",
        label: label("Mixed"),
        unit: "1",
        output: "level",
        equation: "(total > 1 and x < 0.9) or not (t >= 2030) ? sqrt(abs(log(total + 1))) : min(total, pow(x + 1, p), -q)",
        description: ""
      },
      {id: "layer_<layer>", label: label("Layer {layer}"), unit: "1", output: "level", equation: "sum(s_<sector> * layer_share_<sector>_<layer>) * gate_b", description: ""},
      {id: "lever_only", label: label("Lever only"), unit: "1", output: "level", equation: "x * p + 1", description: ""},
      {id: "drained", label: label("Drained"), unit: "1/year", output: "flow", equation: "s_a * (1 - exp(-q * dt)) / dt", description: ""}
    ]
  }),
  block({
    id: "second",
    reads: ["total", "s_<sector>"],
    variables: [{id: "later", label: label("Later"), unit: "1", output: "level", equation: "total * 2 - (-x) + s_a ^ 0.5 + s_b ^ -1 + sqrt(s_a)", description: ""}]
  })
];

describe("compileModel", () => {
  const {structure, compiled} = compile(everything);
  const times = Float64Array.from({length: 25}, (_, i) => 2023 + i / 2);
  const model = bindModel(compiled, times, 0.5);
  const parameters = {p: 1.5, q: 0.8};

  it("computes what mathjs computes from the same equations, at every level of hoisting", () => {
    // A constant lever, so integral(x) = x * tau at every instant.
    const x = new Float64Array(times.length).fill(0.7);
    const y0 = Float64Array.from(model.prepare({x}, parameters));
    expect(Array.from(y0)).toEqual([1.5 * 0.6 + 1, 1.5 * 0.4 + 2]);
    for (const k of [0, 7, 24]) {
      const y = Float64Array.from(y0, (v, i) => v * (1 + 0.3 * i + k / 10));
      const dydt = new Float64Array(y.length);
      const out = new Float64Array(compiled.outputs.length);
      model.system.derivative(k, y, dydt, out, 0);
      const reference = evaluateReference(structure, {parameters, levers: {x: 0.7}, y, t: times[k], dt: 0.5});
      structure.stocks.forEach((s, i) => expect(close(dydt[i], reference.derivatives[s.id]), `d/dt ${s.id} at k = ${k}: ${dydt[i]} vs ${reference.derivatives[s.id]}`).toBe(true));
      structure.outputs.forEach((o, i) => {
        const expected = structure.stockIndex.has(o.id) ? y[structure.stockIndex.get(o.id)!] : reference.values[o.id];
        expect(close(out[i], expected), `${o.id} at k = ${k}: ${out[i]} vs ${expected}`).toBe(true);
      });
    }
  });

  it("recomputes lever terms where a schedule changes, and integrates schedules by the trapezoid rule", () => {
    // x steps from 0.2 to 0.9 at k = 10: lever-only terms change there and only there.
    const x = Float64Array.from(times, (_, k) => (k < 10 ? 0.2 : 0.9));
    model.prepare({x}, parameters);
    const y = Float64Array.of(1, 1);
    const read = (k: number) => {
      const out = new Float64Array(compiled.outputs.length);
      model.system.derivative(k, y, new Float64Array(2), out, 0);
      return out[compiled.outputs.indexOf("lever_only")];
    };
    expect(read(9)).toBeCloseTo(0.2 * 1.5 + 1, 14);
    expect(read(10)).toBeCloseTo(0.9 * 1.5 + 1, 14);
    // integral(x) at k = 12 (t = 2029): 4.5 years at 0.2, the half-year across the step at the mean, 1 year at 0.9.
    const growth = (k: number, integral: number) => {
      const dydt = new Float64Array(2);
      model.system.derivative(k, y, dydt, new Float64Array(compiled.outputs.length), 0);
      const reference = evaluateReference(structure, {parameters, levers: {x: x[k]}, y, t: times[k], integral: () => integral, dt: 0.5});
      return [dydt[0], reference.derivatives.s_a];
    };
    const [compiledRate, expected] = growth(12, 0.2 * 4.5 + 0.55 * 0.5 + 0.9 * 1);
    expect(close(compiledRate, expected, 1e-12)).toBe(true);
  });

  it("writes code a reader can follow: slots named in comments, a sourceURL", () => {
    expect(compiled.code).toMatch(/\/\/# sourceURL=shapan-model\.js\s*$/);
    expect(compiled.code).toContain("V[0] p, V[1] q");
    expect(compiled.code).toMatch(/const L0 = L\[0\]; \/\/ x/);
    expect(compiled.code).toMatch(/\/\/ d\/dt s_a/);
    expect(compiled.code).toMatch(/where x changes/);
    expect(compiled.parameters).toEqual(["p", "q"]);
    expect(compiled.levers).toEqual(["x"]);
  });

  it("orders the step by dependency, whatever the order of declaration", () => {
    const reversed = everything.map((b) => ({...b, variables: [...b.variables].reverse()}));
    const again = compile(reversed);
    const bound = bindModel(again.compiled, times, 0.5);
    const x = new Float64Array(times.length).fill(0.4);
    const y = Float64Array.from(bound.prepare({x}, parameters));
    const outA = new Float64Array(compiled.outputs.length);
    const outB = new Float64Array(again.compiled.outputs.length);
    model.prepare({x}, parameters);
    model.system.derivative(3, y, new Float64Array(2), outA, 0);
    bound.system.derivative(3, y, new Float64Array(2), outB, 0);
    const byId = (ids: string[], out: Float64Array) => Object.fromEntries(ids.map((id, i) => [id, out[i]]));
    expect(byId(again.compiled.outputs, outB)).toEqual(byId(compiled.outputs, outA));
  });

  it("checks parameters against their bounds and names the one that is off", () => {
    const x = new Float64Array(times.length);
    const bounds = Float64Array.of(0, 10, 0.1, 5);
    expect(() => model.prepare({x}, {p: 1, q: Number.NaN}, {}, bounds)).toThrow("parameters.q must be between 0.1 and 5, got NaN");
    expect(() => model.prepare({x}, {p: 11, q: 1}, {}, bounds)).toThrow("parameters.p must be between 0 and 10, got 11");
    expect(() => model.prepare({x}, {p: 1}, {}, bounds)).toThrow("parameters.q has no value");
  });

  const refusals: Array<[string, BlockDeclaration[], RegExp]> = [
    ["an undefined name", [block({variables: [{id: "v", unit: "1", equation: "nope + 1", description: ""}]})], /b1: v reads nope, which is no stock, variable, lever, parameter or dimension datum/],
    [
      "a name written twice",
      [block({variables: [{id: "v", unit: "1", equation: "1", description: ""}]}), block({id: "b2", variables: [{id: "v", unit: "1", equation: "2", description: ""}]})],
      /v is written twice \(blocks b1 and b2\)/
    ],
    [
      "a read another block writes, undeclared",
      [block({variables: [{id: "v", unit: "1", equation: "p", description: ""}]}), block({id: "b2", variables: [{id: "w", unit: "1", equation: "v * 2", description: ""}]})],
      /b2: w reads v, which block b1 writes: declare it in b2's reads/
    ],
    [
      "variables that need each other in one step",
      [
        block({
          stocks: [{id: "s", label: label("S"), unit: "1", initial: "1", derivative: "v", description: ""}],
          variables: [
            {id: "v", unit: "1", equation: "w + s", description: ""},
            {id: "w", unit: "1", equation: "v * 2", description: ""}
          ]
        })
      ],
      /model: v -> w -> v: these variables depend on each other within one step; break the loop with a stock/
    ],
    [
      "an initial value that reads the state",
      [block({stocks: [{id: "s", label: label("S"), unit: "1", initial: "v", derivative: "1", description: ""}], variables: [{id: "v", unit: "1", equation: "s + 1", description: ""}]})],
      /the initial value of s reads the state/
    ],
    [
      "an integral of the state",
      [block({stocks: [{id: "s", label: label("S"), unit: "1", initial: "1", derivative: "integral(s)", description: ""}]})],
      /integral\(\) integrates only terms of levers, parameters and time/
    ],
    ["a function equations may not call", [block({variables: [{id: "v", unit: "1", equation: "round(p)", description: ""}]})], /round\(\) is not a function equations may call/],
    ["an assignment", [block({variables: [{id: "v", unit: "1", equation: "p = 2", description: ""}]})], /assignment expressions are not allowed/],
    ["a unit", [block({variables: [{id: "v", unit: "1", equation: "2 cm", description: ""}]})], /reads cm/],
    ["a placeholder outside sum()", [block({variables: [{id: "v", unit: "1", equation: "s_<sector>", description: ""}]})], /<sector> is neither in the defined id nor inside sum\(\)/],
    ["a sum over nothing", [block({variables: [{id: "v", unit: "1", equation: "sum(p)", description: ""}]})], /sum\(p\) ranges over no dimension/],
    ["an unknown dimension", [block({variables: [{id: "v_<colour>", unit: "1", equation: "1", description: ""}]})], /<colour> names no dimension/],
    ["an output without a label", [block({variables: [{id: "v", unit: "1", output: "flow", equation: "1", description: ""}]})], /output v \(block b1\) needs a label/]
  ];
  it.each(refusals)("refuses %s, naming it", (_what, blocks, message) => {
    expect(() => compile(blocks)).toThrow(message);
  });
});

describe("the compiled model", () => {
  it("is the build's (lib/model.compiled.json) and what the declarations compile to now", () => {
    const stored = loadCompiledModel();
    expect(stored, "run `npm run prepare` to compile the model").toBeDefined();
    const fresh = nodeCompile(engine.structure, {levers: data.levers.map((l) => l.id), parameters: data.parameters.map((p) => p.id), dims: data.dimensions});
    expect(stored!.key).toBe(fresh.key);
    expect(stored!.code, "the stored model is stale: run `npm run prepare`").toBe(fresh.code);
    expect(engine.model.code).toBe(fresh.code);
  });

  it("reads exactly the declared parameters and levers", () => {
    expect([...engine.model.parameters].sort()).toEqual(data.parameters.map((p) => p.id).sort());
    expect([...engine.model.levers].sort()).toEqual(data.levers.map((l) => l.id).sort());
  });

  // The shipped model, at the baseline's start and at a state far from it under other levers:
  // the compiled derivative agrees with mathjs on every equation the method page prints.
  const cases: Array<{name: string; k: number; scale: (i: number) => number; levers: Record<string, number>}> = [
    {name: "the baseline at 2023", k: 0, scale: () => 1, levers: {}},
    {
      name: "a perturbed state in 2029 under other levers",
      k: 72,
      scale: (i: number) => 0.6 + ((i * 37) % 11) / 10,
      levers: {compute_subsidy: 0.3, public_compute: 4000, regulation: 0.6, talent: 1.3, beijing_emphasis: 1.5, data_openness: 0.5, demo_scenarios: 25}
    }
  ];
  it.each(cases)("agrees with mathjs on every equation: $name", ({k, scale, levers}) => {
    const compiled = engine.compile({version: 1, extends: "baseline", levers, time: {method: "euler"}});
    const {model} = compiled.prepared;
    const bound = bindModel(model, compiled.grid.time, compiled.grid.dt);
    const sampled = compiled.prepared.levers;
    const parameters = compiled.prepared.scenario.parameters;
    const y = Float64Array.from(bound.prepare(sampled, parameters), (v, i) => v * scale(i));
    const dydt = new Float64Array(y.length);
    const out = new Float64Array(model.outputs.length);
    bound.system.derivative(k, y, dydt, out, 0);
    // domestic_accelerators is constant here, so its integral is its value times tau.
    expect(sampled.domestic_accelerators.every((v) => v === sampled.domestic_accelerators[0])).toBe(true);
    const leverNow = Object.fromEntries(Object.entries(sampled).map(([id, values]) => [id, values[k]]));
    const reference = evaluateReference(engine.structure, {parameters, levers: leverNow, y, t: compiled.grid.time[k]});
    engine.structure.stocks.forEach((s, i) => expect(close(dydt[i], reference.derivatives[s.id], 1e-9), `d/dt ${s.id}: ${dydt[i]} vs ${reference.derivatives[s.id]}`).toBe(true));
    model.outputs.forEach((id, i) => {
      const expected = engine.structure.stockIndex.has(id) ? y[engine.structure.stockIndex.get(id)!] : reference.values[id];
      expect(close(out[i], expected, 1e-9), `${id}: ${out[i]} vs ${expected}`).toBe(true);
    });
  });
});
