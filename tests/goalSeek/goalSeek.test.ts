import {describe, expect, it} from "vitest";
import {goalSeek} from "../../src/engine/goalSeek/goalSeek.js";
import {evaluateGoal} from "../../src/engine/goals/evaluateGoal.js";
import {parseGoal} from "../../src/engine/goals/parseGoal.js";
import {ScenarioError} from "../../src/engine/scenario/scenarioError.js";
import {createEngine} from "../../src/engine/simulate.js";
import {loadData} from "../../src/node/loadData.js";

const engine = createEngine(loadData());
const lever = (id: string) => engine.data.levers.find((l) => l.id === id)!;
const baseline = engine.resolve("baseline");
// Public additions are the public_compute lever plus Beijing's own platforms (beijing_public_base at emphasis 1).
const beijingPublic = baseline.parameters.beijing_public_base * (baseline.levers.beijing_emphasis as number);
const goalAbove = (year: number) => parseGoal(`public_additions_pflops@${year} >= ${beijingPublic + 3000}`);

describe("goalSeek", () => {
  it("finds a known optimum: the public platforms a goal on their additions needs, and no spending that does not help", () => {
    // Public additions summed over 2024 equal the public_compute lever (PFLOPS a year) plus Beijing's,
    // and fiscal cost rises with both levers, so the cheapest mix is public_compute = 3000, data_openness = 0.
    const result = goalSeek(engine, {
      goals: [goalAbove(2024)],
      levers: ["public_compute", "data_openness"],
      objective: "fiscal_cost_bn_rmb"
    });
    expect(result.feasible).toBe(true);
    expect(result.levers.public_compute).toBeCloseTo(3000, 0);
    expect(result.levers.public_compute).toBeGreaterThanOrEqual(3000 - 1e-6);
    expect(result.levers.data_openness).toBeLessThan(1e-4);
    expect(result.goals[0].met).toBe(true);
    expect(result.horizon).toEqual([2023, 2024]);
    expect(result.scenario).toMatchObject({version: 1, extends: "baseline", levers: result.levers});
    // The answer scenario reproduces the reported cost.
    const run = engine.simulate(result.scenario);
    expect(run.annual.series.fiscal_cost_bn_rmb[0] + run.annual.series.fiscal_cost_bn_rmb[1]).toBeCloseTo(result.cost, 9);
  });

  it("closes the 2024 Beijing gap within the levers' ranges; a budget below the optimum's cost is infeasible", () => {
    const levers = ["compute_subsidy", "public_compute", "domestic_accelerators"];
    const result = goalSeek(engine, {goals: [parseGoal("compute_gap_beijing_pflops@2024 <= 0")], levers, objective: "fiscal_cost_bn_rmb"});
    expect(result.feasible).toBe(true);
    expect(result.goals[0].value).toBeLessThanOrEqual(0);
    expect(result.start.goals[0].met).toBe(false);
    for (const id of levers) {
      expect(result.levers[id]).toBeGreaterThanOrEqual(lever(id).min);
      expect(result.levers[id]).toBeLessThanOrEqual(lever(id).max);
    }
    const belowOptimum = goalSeek(engine, {
      goals: [parseGoal("compute_gap_beijing_pflops@2024 <= 0")],
      levers,
      objective: "fiscal_cost_bn_rmb",
      budget: result.cost * 0.98
    });
    expect(belowOptimum.feasible).toBe(false);
    expect(belowOptimum.budget).toEqual({limit: result.cost * 0.98, met: belowOptimum.cost <= result.cost * 0.98});
  });

  it("holds the scenario's values before a start year, and meets the goal with the later values alone", () => {
    const result = goalSeek(engine, {
      goals: [goalAbove(2026)],
      levers: ["public_compute"],
      objective: "fiscal_cost_bn_rmb",
      startYear: 2026
    });
    expect(result.feasible).toBe(true);
    expect(result.startYear).toBe(2026);
    expect(result.levers.public_compute).toBeCloseTo(3000, 0);
    expect(result.scenario.levers!.public_compute).toEqual([
      [2026 - 1 / 24, baseline.levers.public_compute],
      [2026, result.levers.public_compute]
    ]);
    const run = engine.simulate(result.scenario);
    run.time.forEach((t, i) => {
      if (t <= 2026 - 1 / 24) expect(run.series.public_additions_pflops[i]).toBeCloseTo((baseline.levers.public_compute as number) + beijingPublic, 6);
    });
    expect(() => goalSeek(engine, {goals: result.goals.map((g) => g.goal), levers: ["public_compute"], objective: "fiscal_cost_bn_rmb", startYear: 2027})).toThrow(
      "startYear must be a whole year from 2023 to 2026 (the last goal year), got 2027"
    );
  });

  it("reports a goal no lever mix can meet, with the closest mix", () => {
    const result = goalSeek(engine, {goals: [parseGoal("providers_total@2030 <= 0")], levers: ["compute_subsidy", "public_compute"], objective: "fiscal_cost_bn_rmb"});
    expect(result.feasible).toBe(false);
    expect(result.goals[0].met).toBe(false);
    expect(result.goals[0].value).toBeGreaterThan(0);
    expect(result.goals[0].value).toBeLessThanOrEqual(result.start.goals[0].value);
    expect(result.scenario.description).toMatch(/not all met/);
    expect(result.levers.compute_subsidy).toBeGreaterThanOrEqual(0);
    expect(result.levers.public_compute).toBeLessThanOrEqual(lever("public_compute").max);
  });

  it("records only what it reads, yet reports what a full run of its answer gives", () => {
    // Each evaluation records the objective's annual values and the goals' values (no projection
    // of every output); cost and goals must still be those of the answer scenario run in full.
    const goals = [parseGoal("market_bn_rmb@2028 >= 60"), parseGoal("mean(compute_gap_beijing_pflops@2025..2027) <= 200")];
    const result = goalSeek(engine, {goals, levers: ["compute_subsidy", "public_compute"], objective: "fiscal_cost_bn_rmb", horizonEnd: 2029, startYear: 2024});
    const run = engine.simulate(result.scenario);
    let cost = 0;
    for (let y = 0; y <= 2029 - 2023; y++) cost += run.annual.series.fiscal_cost_bn_rmb[y];
    expect(result.cost).toBe(cost);
    result.goals.forEach((outcome, j) => expect(outcome.value).toBe(evaluateGoal(goals[j], run.annual).value));
    const start = engine.simulate("baseline");
    result.start.goals.forEach((outcome, j) => expect(outcome.value).toBe(evaluateGoal(goals[j], start.annual).value));
  });

  it("names the field at fault", () => {
    const goals = [parseGoal("market_bn_rmb@2030 >= 10")];
    expect(() => goalSeek(engine, {goals, levers: ["nope"], objective: "fiscal_cost_bn_rmb"})).toThrow(ScenarioError);
    expect(() => goalSeek(engine, {goals, levers: ["nope"], objective: "fiscal_cost_bn_rmb"})).toThrow('levers names unknown lever "nope"');
    expect(() => goalSeek(engine, {goals, levers: [], objective: "fiscal_cost_bn_rmb"})).toThrow("levers must name at least one lever");
    expect(() => goalSeek(engine, {goals: [], levers: ["talent"], objective: "fiscal_cost_bn_rmb"})).toThrow("goals must hold at least one goal");
    expect(() => goalSeek(engine, {goals, levers: ["talent"], objective: "cost"})).toThrow('objective names unknown output "cost"');
    expect(() => goalSeek(engine, {goals, levers: ["talent"], objective: "fiscal_cost_bn_rmb", horizonEnd: 2029})).toThrow("horizon must be a whole year from 2030");
    expect(() => goalSeek(engine, {goals: [parseGoal("market_bn_rmb@2040 >= 10")], levers: ["talent"], objective: "fiscal_cost_bn_rmb"})).toThrow("after the scenario's last year 2035");
  });
});
