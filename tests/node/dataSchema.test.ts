import {describe, expect, it} from "vitest";
import {checkDataFile, checkReferences} from "../../src/node/dataSchema.js";
import {loadData} from "../../src/node/loadData.js";
import {data, engine} from "../helpers.js";

// One schema per data file replaces per-row tests that only repeated the files' values: the
// shipped files pass it, and each kind of mistake is refused with the file and the field named.
const lever = data.levers[0];
const parameter = data.parameters.find((p) => p.prior)!;

describe("data files", () => {
  it("the shipped files meet their schemas and cite what exists", () => {
    expect(() => loadData()).not.toThrow();
  });
  it.each([
    ["levers.json", [{...lever, max: lever.min - 1}], /^data\/levers\.json: \[0\]\.min min \(0\) must be below max/],
    ["levers.json", [{...lever, default: 99}], /^data\/levers\.json: \[0\]\.default default 99 is outside/],
    ["levers.json", [{...lever, label: {zh: "", en: "x"}}], /^data\/levers\.json: \[0\]\.label\.zh/],
    ["levers.json", [{...lever, extra: 1}], /^data\/levers\.json: .*extra/],
    ["parameters.json", [{...parameter, default: "1"}], /^data\/parameters\.json: \[0\]\.default/],
    ["parameters.json", [{...parameter, prior: {...parameter.prior!, max: parameter.max + 1}}], /^data\/parameters\.json: \[0\]\.prior prior bounds/],
    ["parameters.json", [{...parameter, reasoning: undefined}], /^data\/parameters\.json: \[0\]\.reasoning an assumption needs its reasoning/],
    ["dimensions.json", {...data.dimensions, sectors: [{...data.dimensions.sectors[0], potentialShare: 1.5}]}, /^data\/dimensions\.json: sectors\[0\]\.potentialShare/]
  ] as const)("%s: refuses %j", (file, value, message) => {
    expect(() => checkDataFile(file, value)).toThrow(message);
  });
  it("refuses a citation of a source that does not exist", () => {
    expect(() => checkReferences({...data, levers: [{...lever, source: "nowhere"}]})).toThrow(`data/levers.json: ${lever.id} cites source "nowhere"`);
    expect(() => checkReferences({...data, observations: [{...data.observations[0], source: "nowhere"}]})).toThrow(`data/observations.json: ${data.observations[0].id} cites source "nowhere"`);
  });
  const term = data.likelihood.terms.find((t) => typeof t.observation === "string")!;
  const withTerm = (changes: object) => ({...data, likelihood: {...data.likelihood, terms: [{...term, ...changes}]}});
  it.each([
    [{observation: "nothing"}, `term ${term.id} names observation "nothing", which data/observations.json does not list`],
    [{restates: "nothing"}, `term ${term.id} restates "nothing", which data/seed-facts.json does not list`],
    [{scale: "nothing"}, `term ${term.id} scales by "nothing", which is no nuisance parameter`],
    [{uncertainty: {relative_sd: 0, reason: "exact"}}, `term ${term.id} has no uncertainty (a log-sd of 0 cannot be fitted)`],
    [{observation: "price-ernie-speed-after"}, "has the range [0, 0]; a lognormal likelihood needs 0 < lo < hi"],
    [{observation: ["cac-filed-2024-08", "cac-filed-2023-12"]}, "divides an observation that is only a lower bound"]
  ])("data/likelihood.json: refuses a term with %j", (changes, message) => {
    expect(() => checkReferences(withTerm(changes))).toThrow(message);
  });
  it("data/likelihood.json: refuses repeated terms, fitted parameters that do not exist or have no prior, a nuisance parameter named like a model parameter", () => {
    expect(() => checkReferences({...data, likelihood: {...data.likelihood, terms: [term, term]}})).toThrow(`term ${term.id} is listed twice`);
    expect(() => checkReferences({...data, likelihood: {...data.likelihood, parameters: ["nothing"]}})).toThrow('parameters names "nothing", which data/parameters.json does not declare');
    const fixed = data.parameters.find((p) => !p.prior);
    if (fixed) expect(() => checkReferences({...data, likelihood: {...data.likelihood, parameters: [fixed.id]}})).toThrow(`parameters names "${fixed.id}", which has no prior to fit from`);
    const nuisance = {...data.likelihood.nuisance[0], id: data.parameters[0].id};
    expect(() => checkReferences({...data, likelihood: {...data.likelihood, nuisance: [nuisance]}})).toThrow(`nuisance parameter ${data.parameters[0].id} is also a model parameter`);
  });
  it.each([
    [{...term, observation: undefined}, /^data\/likelihood\.json: terms\[0\]\.observation must name exactly one of observation and fact/],
    [{...term, fit: false}, /^data\/likelihood\.json: terms\[0\]\.why a term that is not fitted says why/],
    [{...term, read: {mean: [2025, 2024]}}, /^data\/likelihood\.json: terms\[0\]\.read/],
    [{...term, factor: -1}, /^data\/likelihood\.json: terms\[0\]\.factor/],
    [{id: "f", fact: "market-2023", output: "market_bn_rmb", read: {year: 2023}}, /a seed figure has no uncertainty of its own/]
  ])("data/likelihood.json's schema refuses %j", (bad, message) => {
    expect(() => checkDataFile("likelihood.json", {...data.likelihood, terms: [bad]})).toThrow(message);
  });
  it("data/observations.json's schema refuses an observation without uncertainty or with a bad date", () => {
    const o = data.observations[0];
    expect(() => checkDataFile("observations.json", {observations: [{...o, uncertainty: {reason: "none"}}]})).toThrow(/^data\/observations\.json: observations\[0\]\.uncertainty/);
    expect(() => checkDataFile("observations.json", {observations: [{...o, published: "May 2024"}]})).toThrow(/^data\/observations\.json: observations\[0\]\.published must be an ISO date/);
  });
  it("data/signs.json: every lever × headline output once, with a sign for every year, an ambiguous one naming declared parameters", () => {
    const signs = data.signs!;
    const [first, ...rest] = signs.signs;
    const ambiguous = signs.signs.find((s) => s.depends)!;
    const withSigns = (list: typeof signs.signs, net = signs.net) => ({...data, signs: {...signs, signs: list, net}});
    expect(() => checkReferences(withSigns(rest))).toThrow(`data/signs.json: ${first.lever} → ${first.output} has no declared sign`);
    expect(() => checkReferences(withSigns([first, ...signs.signs.slice(1), first]))).toThrow(`data/signs.json: ${first.lever} → ${first.output} is declared twice`);
    expect(() => checkReferences(withSigns([{...first, lever: "nothing"}, ...rest]))).toThrow('data/signs.json: nothing → market_bn_rmb: "nothing" is not a lever of data/levers.json');
    expect(() => checkReferences(withSigns([{...first, output: "entries"}, ...rest]))).toThrow(`data/signs.json: ${first.lever} → entries: "entries" is not a headline output`);
    expect(() => checkReferences(withSigns([{...first, sign: {2027: "+"}}, ...rest]))).toThrow(`data/signs.json: ${first.lever} → ${first.output} has no sign for 2030`);
    expect(() => checkReferences(withSigns([{...first, sign: {...first.sign, 2035: "+"}}, ...rest]))).toThrow("has a sign for 2035, which years does not list");
    const others = signs.signs.filter((s) => s !== ambiguous);
    expect(() => checkReferences(withSigns([{...ambiguous, depends: ["nothing"]}, ...others]))).toThrow(`depends on "nothing", which data/parameters.json does not declare`);
    expect(() => checkReferences(withSigns(signs.signs, [{...signs.net[0], output: "entries"}]))).toThrow(
      `data/signs.json: net ${signs.net[0].lever} → entries is not a declared lever and headline output`
    );
    expect(() => checkDataFile("signs.json", withSigns([{...ambiguous, depends: undefined}, ...others]).signs)).toThrow(
      /^data\/signs\.json: signs\[0\]\.depends an ambiguous sign names the parameters it depends on/
    );
    const unknownSign = {...first, sign: {...first.sign, 2027: "up"}} as unknown as typeof first;
    expect(() => checkDataFile("signs.json", withSigns([unknownSign, ...rest]).signs)).toThrow(/^data\/signs\.json: signs\[0\]\.sign\.2027/);
  });
  it("keeps the output ids scripts rely on", () => {
    const ids = new Set<string>(engine.outputs.map((o) => o.id));
    const contract = [
      "market_bn_rmb",
      "providers_total",
      "providers_general",
      "providers_industry",
      "providers_beijing",
      "providers_beijing_general",
      "providers_beijing_industry",
      "entries",
      "exits",
      "compute_demand_pflops",
      "compute_supply_pflops",
      "compute_gap_pflops",
      "compute_gap_beijing_pflops",
      "compute_price_index",
      "quality_index",
      "hallucination_rate",
      "fiscal_cost_bn_rmb",
      ...data.dimensions.layers.map((l) => `market_${l.id}_bn_rmb`),
      ...data.dimensions.sectors.flatMap((s) => [`market_${s.id}_bn_rmb`, `adoption_${s.id}`]),
      ...data.dimensions.regions.map((r) => `providers_${r.id}`)
    ];
    for (const id of contract) expect(ids.has(id), id).toBe(true);
  });
});
