// What the site uses of the engine: scripts/bundle-site.mjs bundles this list, and only what it
// reaches, into engine.js, the one engine module every page and worker imports. A notebook that
// needs another engine function adds it here.
export {
  attributeLevers,
  createEngine,
  createFormulaCompiler,
  createGrid,
  createSampleRunner,
  declaredEquations,
  defaultTime,
  describeRange,
  evaluateGoal,
  feedbackLoops,
  firstYear,
  formatLeverValue,
  goalSeek,
  halfStepTimes,
  headlineOutputs,
  lastYear,
  parseGoal,
  parseLeverValue,
  planMonteCarlo,
  planSobol,
  presetParameter,
  projectionToJson,
  projectionToCsv,
  readLeverValue,
  sampleLever,
  ScenarioError,
  scenarioFromQuery,
  scenarioToQuery,
  sobolSensitivity,
  summarizeSamples,
  tornado,
  unitLabel
} from "../../engine/index.js";
export type * from "../../engine/index.js";
export {loadScenarioCheck} from "./lazyScenarioCheck.js";
