import {type Engine, type Goal, parseGoal} from "../engine/index.js";
import {read} from "./loadData.js";

/** A policy target or forecast (data/policy-targets.json) with its goal parsed. */
export interface PolicyTarget {
  id: string;
  label: {zh: string; en: string};
  source: string;
  note: string;
  goal: Goal;
}

/**
 * Reads data/policy-targets.json: each target's goal parsed against the engine's outputs and its
 * source checked against data/sources.json, so a renamed output or source fails here, by name.
 *
 * @throws Error naming the file, the target and the field
 * @example loadPolicyTargets(engine).map((t) => t.goal.text) // ["beijing_ai_core_bn_rmb@2025 >= 300", ...]
 */
export function loadPolicyTargets(engine: Engine): PolicyTarget[] {
  const file = read("policy-targets.json");
  const sources = new Set(engine.data.sources.map((s) => s.id));
  const outputs = engine.outputs.map((o) => o.id);
  return file.targets.map(({goal, ...target}) => {
    if (!sources.has(target.source)) throw new Error(`data/policy-targets.json: ${target.id} cites source "${target.source}", which data/sources.json does not list`);
    try {
      return {...target, goal: parseGoal(goal, {outputs, years: [2023, 2100], field: `${target.id}.goal`})};
    } catch (error) {
      throw new Error(`data/policy-targets.json: ${(error as Error).message}`);
    }
  });
}
