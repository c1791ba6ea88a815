// The goal-seek page's request and answer in the URL (so a reload or Back shows the answer
// again), and the answer as a report with units.
import {html} from "htl";
import {evaluateGoal, lastYear, parseGoal} from "./engine.js";
import {explorerLink} from "./explorerState.js";
import {formatNumber, pick, t} from "./i18n.js";
import {table} from "./tables.js";
import {displayUnit, leverUnit} from "./units.js";

/**
 * @typedef {object} GoalRequest
 * @property {string} goals one a line
 * @property {string[]} levers
 * @property {string} objective
 * @property {string} budget as typed ("" for none)
 * @property {string} scenario
 * @property {number} startYear
 * @property {number} horizon last year of the objective's sum
 */

/**
 * The request a link holds, with the page's defaults for what it leaves out.
 *
 * @param {string} search
 * @param {GoalRequest} defaults
 * @returns {{request: GoalRequest, mix: Record<string, import("./engine.js").LeverValue> | null}}
 */
export function readGoalQuery(search, defaults) {
  const params = new URLSearchParams(search);
  const number = (/** @type {string} */ name, /** @type {number} */ fallback) => (params.has(name) && Number.isFinite(Number(params.get(name))) ? Number(params.get(name)) : fallback);
  let mix = null;
  try {
    mix = params.has("mix") ? JSON.parse(/** @type {string} */ (params.get("mix"))) : null;
  } catch {
    mix = null;
  }
  return {
    request: {
      goals: params.getAll("goal").join("\n") || defaults.goals,
      levers: params.has("levers") ? (params.get("levers") ?? "").split(",").filter(Boolean) : defaults.levers,
      objective: params.get("objective") ?? defaults.objective,
      budget: params.get("budget") ?? defaults.budget,
      scenario: params.get("scenario") ?? defaults.scenario,
      startYear: number("start", defaults.startYear),
      horizon: number("horizon", defaults.horizon)
    },
    mix
  };
}

/**
 * Writes a request, and the answer's lever values once found, into the URL.
 *
 * @param {GoalRequest} request
 * @param {Record<string, import("./engine.js").LeverValue> | null} mix
 */
export function writeGoalQuery(request, mix) {
  const params = new URLSearchParams();
  const lang = new URLSearchParams(location.search).get("lang");
  for (const goal of splitGoals(request.goals)) params.append("goal", goal);
  params.set("levers", request.levers.join(","));
  params.set("objective", request.objective);
  if (request.budget.trim()) params.set("budget", request.budget.trim());
  params.set("scenario", request.scenario);
  params.set("start", String(request.startYear));
  params.set("horizon", String(request.horizon));
  if (mix) params.set("mix", JSON.stringify(mix));
  if (lang) params.set("lang", lang);
  history.replaceState(history.state, "", `${location.pathname}?${params.toString().replaceAll("%2C", ",")}${location.hash}`);
}

/** @param {string} text */
export function splitGoals(text) {
  return text
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The unit of an output summed over years: a flow's unit without "/year" (bn RMB a year summed
 * is bn RMB), in the reader's units.
 *
 * @param {import("./engine.js").OutputSpec} output
 */
export function summedUnit(output) {
  const unit = output.annual === "sum" ? output.unit.replace(/\/year$/, "") : `${output.unit}*year`;
  return displayUnit(unit);
}

/**
 * An answer restored from a link: the mix's lever values run once, its cost and goals evaluated
 * as goal seek evaluates them (no search is repeated).
 *
 * @param {import("./engine.js").Engine} engine
 * @param {GoalRequest} request
 * @param {Record<string, import("./engine.js").LeverValue>} mix
 */
export function restoreAnswer(engine, request, mix) {
  const outputs = engine.outputs.map((o) => o.id);
  const goals = splitGoals(request.goals).map((text, i) => parseGoal(text, {outputs, years: [2023, lastYear], field: `goal ${i + 1}`}));
  const evaluate = (/** @type {Record<string, import("./engine.js").LeverValue>} */ levers) => {
    const projection = engine.simulate({version: 1, extends: request.scenario, levers, time: {from: 2023, to: request.horizon}});
    const i = request.horizon - projection.annual.years[0];
    let cost = 0;
    for (let y = 0; y <= i; y++) cost += projection.annual.series[request.objective][y];
    return {cost, goals: goals.map((goal) => ({goal, ...evaluateGoal(goal, projection.annual)}))};
  };
  const answer = evaluate(mix);
  const start = evaluate({});
  const budget = request.budget.trim() === "" ? undefined : Number(request.budget);
  const levers = Object.fromEntries(request.levers.map((id) => [id, endValue(mix[id])]));
  return {
    feasible: answer.goals.every((g) => g.met) && (budget === undefined || answer.cost <= budget),
    levers,
    startYear: request.startYear,
    cost: answer.cost,
    horizon: [2023, request.horizon],
    goals: answer.goals,
    budget: budget === undefined ? undefined : {limit: budget, met: answer.cost <= budget},
    start,
    scenario: {version: 1, extends: request.scenario, levers: mix},
    evaluations: null
  };
}

/** A chosen lever's value from its start year: a constant, or a schedule's last point. */
function endValue(/** @type {import("./engine.js").LeverValue} */ value) {
  return typeof value === "number" ? value : Array.isArray(value) ? value[value.length - 1][1] : Number.NaN;
}

/**
 * The answer as a card: met or not, the cost with its unit, each lever's value with its unit and
 * range, each goal, and links to the explorer (goals marked) and to the scenario file.
 *
 * @param {import("./engine.js").Engine} engine
 * @param {any} result from goalSeek or restoreAnswer
 * @param {GoalRequest} request
 */
export function answerCard(engine, result, request) {
  const objective = /** @type {import("./engine.js").OutputSpec} */ (engine.outputs.find((o) => o.id === request.objective));
  const {label: costUnit, factor: costFactor} = summedUnit(objective);
  const cost = (/** @type {number} */ x) => `${formatNumber(x * costFactor)} ${costUnit}`;
  const goalUnit = (/** @type {any} */ goal) => {
    const output = /** @type {import("./engine.js").OutputSpec} */ (engine.outputs.find((o) => o.id === goal.output));
    return goal.aggregate === "sum" ? summedUnit(output) : displayUnit(output.unit);
  };
  const goalValue = (/** @type {any} */ g) => `${formatNumber(g.value * goalUnit(g.goal).factor)} ${goalUnit(g.goal).label}`;
  const leverRows = Object.entries(result.levers).map(([id, value]) => ({id, value, spec: engine.data.levers.find((l) => l.id === id)}));
  const link = explorerLink(request.scenario, result.scenario.levers, splitGoals(request.goals));
  const file = URL.createObjectURL(new Blob([JSON.stringify(result.scenario, null, 2) + "\n"], {type: "application/json"}));
  const objectiveName = pick(objective.label, objective.id);
  return html`<div class="card" id="goal-seek-result" data-feasible=${String(result.feasible)}>
    <h2>${t(result.feasible ? "goalSeek.met" : "goalSeek.notMet")}</h2>
    <p>${
      result.feasible
        ? t("goalSeek.cheapest", objectiveName, result.horizon[0], result.horizon[1], cost(result.cost), cost(result.start.cost), result.startYear)
        : t(
            "goalSeek.closest",
            result.goals.filter((/** @type {any} */ g) => !g.met).map((/** @type {any} */ g) => `${g.goal.text}（${formatNumber(Math.abs(g.slack ?? 0))}）`),
            objectiveName,
            cost(result.cost)
          )
    }</p>
    ${table(
      leverRows,
      [
        {label: t("table.lever"), value: (d) => html`${pick(d.spec?.label, d.id)}<br><code>${d.id}</code>`},
        {label: t("table.value"), value: (d) => formatNumber(/** @type {number} */ (d.value), {digits: 4}), className: "shapan-num"},
        {label: t("table.range"), value: (d) => `${d.spec?.min} – ${d.spec?.max}`, className: "shapan-num"},
        {label: t("table.unit"), value: (d) => (d.spec ? leverUnit(d.spec) : "") || "—"}
      ],
      {label: t("goalSeek.leversTable")}
    )}
    ${table(
      result.goals.map((/** @type {any} */ g, /** @type {number} */ j) => ({g, start: result.start.goals[j]})),
      [
        {label: t("goalSeek.goal"), value: (d) => html`<code>${d.g.goal.text}</code>`},
        {label: t("goalSeek.achieved"), value: (d) => goalValue(d.g), className: "shapan-num"},
        {label: t("goalSeek.inPreset"), value: (d) => goalValue(d.start), className: "shapan-num"},
        {label: t("goalSeek.metColumn"), value: (d) => (d.g.met ? html`<span class="shapan-ok">${t("common.yes")}</span>` : html`<span class="shapan-bad">${t("common.no")}</span>`)}
      ],
      {label: t("goalSeek.goalsTable")}
    )}
    ${result.budget ? html`<p>${t(result.budget.met ? "goalSeek.withinBudget" : "goalSeek.overBudget", cost(result.budget.limit))}</p>` : ""}
    <p><a id="goal-seek-explorer" href=${link}>${t("goalSeek.openExplorer")}</a> · <a href=${file} download="goal-seek.json">${t("goalSeek.download")}</a> ${t("goalSeek.runsWith")}${
      result.evaluations ? ` · ${t("goalSeek.evaluations", result.evaluations)}` : ` · ${t("goalSeek.restored")}`
    }</p>
  </div>`;
}
