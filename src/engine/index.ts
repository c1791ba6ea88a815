// The engine's public API: pure functions, no I/O. Node code binds it to data/ (src/index.ts);
// pages bind it to data from a loader.

// Engine
export {createEngine} from "./simulate.js";
export type {CompileOptions, CompiledScenario, Engine, EngineOptions, Projection} from "./simulate.js";
export {compileScenario} from "./compileScenario.js";
export {prepareScenario} from "./prepareScenario.js";
export type {PreparedScenario} from "./prepareScenario.js";
export type * from "./declarations.js";
export type {LeverId, OutputId, ParameterId, ScenarioId} from "./ids.js";

// Model structure
export {blocks, modelStructure, compileModel, modelKey, bindModel, declaredEquations} from "./model/index.js";
export type {DeclaredEquation} from "./model/index.js";
export {headlineOutputs} from "./model/headlineOutputs.js";
export type {
  BlockDeclaration,
  CompiledModel,
  CompileInputs,
  ConcreteEquation,
  Link,
  ModelStructure,
  OutputSpec,
  StockDeclaration,
  StockSpec,
  VariableDeclaration
} from "./model/index.js";

// Scenarios
export {ScenarioError} from "./scenario/scenarioError.js";
export {parseScenario, scenarioSchema, firstYear, lastYear} from "./scenario/schema.js";
export {resolveScenario, deriveScenario, defaultTime, isResolved} from "./scenario/resolveScenario.js";
export type {Declarations, ResolvedScenario, ScenarioChanges} from "./scenario/resolveScenario.js";
export {parseLeverValue, formatLeverValue} from "./scenario/parseLeverValue.js";
export {createFormulaCompiler} from "./scenario/formula.js";
export type {FormulaCompiler, MathJsModule} from "./scenario/formula.js";
export {sampleLever} from "./scenario/sampleLever.js";
export {describeRange} from "./scenario/describeRange.js";

// Analysis
export {compareFacts} from "./analysis/compareFacts.js";
export type {FactComparison} from "./analysis/compareFacts.js";
export {checkSigns} from "./analysis/checkSigns.js";
export type {NetCheck, ObservedSign, SignCheck, SignCheckOptions} from "./analysis/checkSigns.js";

// Core helpers
export {createGrid, evaluationTimes, halfStepTimes, stepsPerYearOf} from "./core/grid.js";
export type {Grid} from "./core/grid.js";
export {annualAggregate} from "./core/annualAggregate.js";
export type {Aggregation} from "./core/annualAggregate.js";
export {interpolate} from "./core/interpolate.js";
export {euler} from "./core/euler.js";
export {rk4} from "./core/rk4.js";
export {createWorkspace, outputSeries} from "./core/system.js";
export type {System, Workspace} from "./core/system.js";
export {unitLabel} from "./units/unitLabel.js";

// Exports (shared by the CLI and the site's downloads)
export {formatNumber} from "./export/formatNumber.js";
export {projectionToCsv} from "./export/projectionToCsv.js";
export type {CsvOptions} from "./export/projectionToCsv.js";
export {projectionToJson} from "./export/projectionToJson.js";

// Goals (targets on annual aggregates: `shapan mc --target`, `shapan optimize`, the site)
export {parseGoal} from "./goals/parseGoal.js";
export type {ParseGoalOptions} from "./goals/parseGoal.js";
export {evaluateGoal} from "./goals/evaluateGoal.js";
export {compareGoal} from "./goals/compareGoal.js";
export type {AnnualSeries, Goal, GoalAggregate, GoalEvaluation, GoalOperator} from "./goals/goal.js";

// Shareable scenarios (the site's query string) and the structure diagram's loops
export {readLeverValue} from "./scenario/readLeverValue.js";
export {scenarioFromQuery, presetParameter} from "./scenario/scenarioFromQuery.js";
export type {QueryScenario} from "./scenario/scenarioFromQuery.js";
export {scenarioToQuery} from "./scenario/scenarioToQuery.js";
export {feedbackLoops} from "./analysis/feedbackLoops.js";
export type {FeedbackLoop} from "./analysis/feedbackLoops.js";

// Calibration (Bayesian: likelihood of the observations, ensemble sampler, report, backtest)
export {calibrate, stepRefusal} from "./calibration/calibrate.js";
export type {CalibrateOptions, CalibrationDiagnostics, CalibrationResult, Evidence, PosteriorSample} from "./calibration/calibrate.js";
export {engineCalibrationModel} from "./calibration/calibrationModel.js";
export type {CalibrationModel} from "./calibration/calibrationModel.js";
export {backtest} from "./calibration/backtest.js";
export type {BacktestOptions, BacktestResult, BacktestScore} from "./calibration/backtest.js";
export {resolveTerm, ninetyPercentWidth} from "./calibration/resolveTerm.js";
export type {ResolvedTerm, TermSources} from "./calibration/resolveTerm.js";
export {compileLikelihood, likelihoodLastYear} from "./calibration/compileLikelihood.js";
export type {CompiledLikelihood} from "./calibration/compileLikelihood.js";
export {missingOutputs} from "./calibration/missingOutputs.js";
export {termLogDensity} from "./calibration/termLogDensity.js";
export {readWeights, applyWeights, readEnd} from "./calibration/readWeights.js";
export type {ReadWeights} from "./calibration/readWeights.js";
export {priorLogDensity} from "./calibration/priorLogDensity.js";
export {priorSummary} from "./calibration/priorSummary.js";
export type {DistributionSummary} from "./calibration/priorSummary.js";
export {sampleSummary} from "./calibration/sampleSummary.js";
export {ensembleSampler} from "./calibration/ensembleSampler.js";
export type {EnsembleChain, EnsembleOptions} from "./calibration/ensembleSampler.js";
export {autocorrelationTime} from "./calibration/autocorrelationTime.js";
export {splitRhat} from "./calibration/splitRhat.js";
export {integrationCheck, halvingLimit, coarseLimit} from "./calibration/integrationCheck.js";
export type {IntegrationCheck, StepComparison} from "./calibration/integrationCheck.js";
export {integrationAgreement} from "./calibration/integrationAgreement.js";
export {posteriorDesign} from "./calibration/posteriorDesign.js";
export type {SampleDraws} from "./calibration/posteriorDesign.js";
export {posteriorPredictive} from "./calibration/posteriorPredictive.js";
export {posteriorReport} from "./calibration/posteriorReport.js";
export type {CorrelationReport, ObservationReport, ParameterReport, PosteriorReport} from "./calibration/posteriorReport.js";
export {calibratedPlan} from "./calibration/calibratedPlan.js";
export {modelDraws} from "./calibration/modelDraws.js";
export {power} from "./core/power.js";

// Goal seek (the cheapest lever mix that meets goals: `shapan optimize`, the goal-seek page)
export {goalSeek} from "./goalSeek/goalSeek.js";
export type {GoalOutcome, GoalSeekOptions, GoalSeekResult} from "./goalSeek/goalSeek.js";

// Uncertainty (Monte Carlo bands and goal probabilities: `shapan mc`, the uncertainty page)
export {uncertainParameters} from "./uncertainty/uncertainParameters.js";
export type {UncertainParameter} from "./uncertainty/uncertainParameters.js";
export {sampleParameters} from "./uncertainty/sampleParameters.js";
export type {DesignPart} from "./uncertainty/sampleParameters.js";
export {createSampleRunner} from "./uncertainty/createSampleRunner.js";
export type {SampleRunner} from "./uncertainty/createSampleRunner.js";
export type {SampleLayout, SamplePlan} from "./uncertainty/samplePlan.js";
export {quantileBands} from "./uncertainty/quantileBands.js";
export {createQuantileSketch} from "./uncertainty/createQuantileSketch.js";
export type {QuantileSketch, QuantileSketchState} from "./uncertainty/createQuantileSketch.js";
export {createSketchRunner} from "./uncertainty/createSketchRunner.js";
export type {SketchRunner} from "./uncertainty/createSketchRunner.js";
export {sketchesQuantiles, maximumExactValues} from "./uncertainty/sketchesQuantiles.js";
export {sharedArray} from "./uncertainty/sharedArray.js";
export {planMonteCarlo, defaultQuantiles, maximumRuns, maximumValues, maximumColumns} from "./uncertainty/planMonteCarlo.js";
export type {DrawDesign, MonteCarloOptions, MonteCarloPlan} from "./uncertainty/planMonteCarlo.js";
export {summarizeSamples} from "./uncertainty/summarizeSamples.js";
export type {GoalProbability, MonteCarloResult, OutputBand, SketchedSamples} from "./uncertainty/summarizeSamples.js";
export {monteCarlo, monteCarloFromPlan} from "./uncertainty/monteCarlo.js";
export {monteCarloToCsv} from "./export/monteCarloToCsv.js";
export {monteCarloToJson} from "./export/monteCarloToJson.js";
export {quantileLabel} from "./export/quantileLabel.js";

// Sensitivity (tornado and Sobol indices: `shapan sensitivity`, the sensitivity page)
export {planOutputYear} from "./sensitivity/planOutputYear.js";
export type {OutputYearOptions, OutputYearPlan} from "./sensitivity/planOutputYear.js";
export {tornado} from "./sensitivity/tornado.js";
export type {TornadoBar, TornadoResult} from "./sensitivity/tornado.js";
export {planSobol, maximumSobolSamples} from "./sensitivity/planSobol.js";
export type {SobolSensitivityOptions} from "./sensitivity/planSobol.js";
export {sobolSensitivity} from "./sensitivity/sobolSensitivity.js";
export type {SobolBar, SobolSensitivity} from "./sensitivity/sobolSensitivity.js";

// Attribution (which lever bought how much: `shapan attribute`, the attribution page)
export {attributeLevers} from "./attribution/attributeLevers.js";
export type {Attribution, AttributionOptions, LeverContribution} from "./attribution/attributeLevers.js";
