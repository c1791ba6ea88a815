import {z} from "zod";
import type {ModelData} from "../engine/index.js";
import {resolveTerm} from "../engine/calibration/resolveTerm.js";
import {headlineOutputs} from "../engine/model/headlineOutputs.js";
import {scenarioSchema} from "../engine/scenario/schema.js";

// The shapes of the files in data/, checked when they are loaded: a malformed file fails at
// start-up with its name and the path of the field, not later as a NaN in a run.

const finite = z.number().refine(Number.isFinite, "must be a finite number");
const label = z.strictObject({zh: z.string().min(1), en: z.string().min(1)});
const confidence = z.enum(["high", "medium", "low"]);
const declared = {
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a lowercase id (letters, digits, _)"),
  label,
  unit: z.string().min(1),
  measure: z.string().optional(),
  description: z.string().min(10),
  source: z.string().min(1),
  confidence,
  reasoning: z.string().optional()
};

const prior = z.discriminatedUnion("distribution", [
  z.strictObject({distribution: z.literal("uniform"), min: finite, max: finite, reasoning: z.string().min(1)}),
  z.strictObject({distribution: z.literal("triangular"), min: finite, mode: finite, max: finite, reasoning: z.string().min(1)}),
  z.strictObject({distribution: z.literal("normal"), mean: finite, sd: finite.positive(), min: finite, max: finite, reasoning: z.string().min(1)}),
  z.strictObject({distribution: z.literal("lognormal"), median: finite.positive(), sigma: finite.positive(), min: finite, max: finite, reasoning: z.string().min(1)})
]);

const inRange =
  <T extends {min: number; max: number; id: string}>(check: (d: T) => number[]) =>
  (d: T, context: z.RefinementCtx) => {
    if (!(d.min < d.max)) context.addIssue({code: "custom", message: `min (${d.min}) must be below max (${d.max})`, path: ["min"]});
    for (const v of check(d)) if (!(v >= d.min && v <= d.max)) context.addIssue({code: "custom", message: `default ${v} is outside [${d.min}, ${d.max}]`, path: ["default"]});
  };

export const leverSchema = z
  .strictObject({
    ...declared,
    group: z.enum(["compute", "data-applications", "regulation-talent", "regions"]),
    min: finite,
    max: finite,
    step: finite.positive(),
    default: z.union([finite, z.array(z.tuple([finite, finite])).min(1)])
  })
  .superRefine(inRange((l) => (typeof l.default === "number" ? [l.default] : l.default.map(([, v]) => v))));

export const parameterSchema = z
  .strictObject({
    ...declared,
    subsystem: z.enum(["market", "providers", "compute", "quality", "fiscal", "beijing"]),
    min: finite,
    max: finite,
    default: finite,
    prior: prior.optional()
  })
  .superRefine(inRange((p) => [p.default]))
  .superRefine((p, context) => {
    if (p.prior && !(p.prior.min >= p.min && p.prior.max <= p.max && p.prior.min < p.prior.max)) {
      context.addIssue({code: "custom", message: `prior bounds [${p.prior.min}, ${p.prior.max}] must lie inside [${p.min}, ${p.max}]`, path: ["prior"]});
    }
    if ((p.source === "assumption" || p.confidence === "low") && !p.reasoning) context.addIssue({code: "custom", message: "an assumption needs its reasoning", path: ["reasoning"]});
  });

const share = finite.min(0).max(1);
export const dimensionsSchema = z.object({
  sectors: z
    .array(
      z.strictObject({
        id: z.string(),
        label,
        potentialShare: finite.positive().max(1),
        innovationWeight: finite.min(0),
        hallucinationTolerance: share.optional(),
        demonstration: z.boolean(),
        procurementWeight: share,
        layerShares: z.record(z.string(), share)
      })
    )
    .min(1),
  regions: z.array(z.strictObject({id: z.string(), label, providerShare: z.record(z.string(), share)})).min(1),
  kinds: z.array(z.strictObject({id: z.string(), label})).min(1),
  layers: z.array(z.strictObject({id: z.string(), label, kind: z.string()})).min(1),
  notes: z.record(z.string(), z.string()).optional()
});

export const sourceSchema = z.object({id: z.string().min(1), title: z.string().min(5), publisher: z.string().optional(), url: z.string().optional(), date: z.string().optional()});

export const factSchema = z.strictObject({
  id: z.string().min(1),
  label,
  value: finite,
  unit: z.string(),
  when: z.string(),
  source: z.string(),
  quote: z.string(),
  note: z.string().optional()
});

const uncertainty = z.union([
  z.strictObject({relative_sd: finite.min(0), reason: z.string().min(1)}),
  z.strictObject({range: z.tuple([finite, finite]).refine(([lo, hi]) => lo <= hi, "must be [lo, hi] with lo <= hi"), reason: z.string().min(1)})
]);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date or its prefix (2024, 2024-07, 2024-07-03)");

export const observationSchema = z.looseObject({
  id: z.string().min(1),
  series: z.string().min(1),
  value: finite,
  unit: z.string().min(1),
  date: z.string().regex(/^\d{4}/, "must start with a year"),
  geography: z.string().min(1),
  definition: z.string().min(1),
  scope: z.string().optional(),
  source: z.string().min(1),
  quote: z.string().nullable(),
  uncertainty,
  bound: z.literal("lower").optional(),
  use: z.enum(["fit", "holdout"]),
  role: z.enum(["target", "cross-check", "initial-condition", "conversion", "context"]),
  published: isoDate,
  note: z.string().optional()
});

const span = z.tuple([finite, finite]).refine(([from, to]) => from < to, "must be [from, to] with from < to");
const reads = (extra: {output?: z.ZodOptional<z.ZodString>}) =>
  [z.strictObject({at: finite, ...extra}), z.strictObject({year: z.number().int(), ...extra}), z.strictObject({mean: span, ...extra}), z.strictObject({sum: span, ...extra})] as const;
const outputRead = z.union(reads({output: z.string().min(1).optional()}));
const read = z.union([...reads({}), z.strictObject({growth: span}), z.strictObject({ratio: z.tuple([outputRead, outputRead])})]);

export const likelihoodTermSchema = z
  .strictObject({
    id: z.string().min(1),
    observation: z.union([z.string().min(1), z.tuple([z.string().min(1), z.string().min(1)])]).optional(),
    fact: z.string().min(1).optional(),
    restates: z.string().min(1).optional(),
    output: z.string().min(1),
    read,
    factor: finite.positive().optional(),
    scale: z.string().min(1).optional(),
    uncertainty: uncertainty.optional(),
    extra_sd: z.strictObject({value: finite.positive(), reason: z.string().min(1)}).optional(),
    fit: z.literal(false).optional(),
    why: z.string().min(1).optional(),
    note: z.string().optional()
  })
  .superRefine((t, context) => {
    if ((t.observation === undefined) === (t.fact === undefined)) context.addIssue({code: "custom", message: "must name exactly one of observation and fact", path: ["observation"]});
    if (t.fact !== undefined && t.uncertainty === undefined) context.addIssue({code: "custom", message: "a seed figure has no uncertainty of its own: give the term one", path: ["uncertainty"]});
    if (t.fit === false && t.why === undefined) context.addIssue({code: "custom", message: "a term that is not fitted says why", path: ["why"]});
  });

export const nuisanceSchema = z.strictObject({id: declared.id, label, unit: z.string().min(1), description: z.string().min(10), prior});

export const likelihoodSchema = z.strictObject({
  description: z.string().min(10),
  parameters: z.array(z.string().min(1)).min(1).optional(),
  /** Why these parameters are fitted and the others kept at their declared values. */
  parameters_reason: z.string().min(10).optional(),
  nuisance: z.array(nuisanceSchema),
  terms: z.array(likelihoodTermSchema).min(1)
});

const distributionSummary = z.strictObject({median: finite, q05: finite, q95: finite, mean: finite, sd: finite});
const stepComparison = z.strictObject({stepsPerYear: finite, reference: finite, change: z.number(), term: z.string(), limit: finite, ok: z.boolean()});
const integrationCheck = z.strictObject({stepsPerYear: finite, method: z.enum(["euler", "rk4"]), halving: stepComparison, coarse: stepComparison.optional(), ok: z.boolean()});
const nullableNumber = z.number().nullable();

/**
 * What every run reads of data/calibration.json: the point that replaces the declared defaults.
 * Checked at start-up; the rest of the file (calibrationSchema) is checked where it is read, so a
 * file written by an older `shapan calibrate` never stops `shapan calibrate` from replacing it.
 */
export const calibrationPointSchema = z.looseObject({parameters: z.record(z.string(), finite), nuisance: z.record(z.string(), finite).optional()});

/** data/calibration.json as `shapan calibrate` writes it (JSON turns a NaN diagnostic into null). */
export const calibrationSchema = z.looseObject({
  description: z.string(),
  fitted: z.string(),
  method: z.looseObject({seed: z.number().int(), scenario: z.string(), stepsPerYear: finite, integration: z.enum(["euler", "rk4"]), to: z.number().int()}),
  terms: z.looseObject({fitted: z.array(z.string()), holdout: z.array(z.string()), check: z.array(z.string()), skipped: z.array(z.strictObject({term: z.string(), output: z.string()}))}),
  point: z.looseObject({kind: z.literal("median"), reason: z.string().min(10), logPosterior: finite}),
  parameters: z.record(z.string(), finite),
  nuisance: z.record(z.string(), finite),
  sample: z
    .strictObject({
      parameters: z.array(z.string()).min(1),
      nuisance: z.array(z.string()),
      draws: z.array(z.array(finite)).min(1),
      logPosterior: z.array(finite)
    })
    .superRefine((s, context) => {
      const bad = s.draws.findIndex((row) => row.length !== s.parameters.length);
      if (bad >= 0) context.addIssue({code: "custom", message: `must hold one value per parameter (${s.parameters.length}), got ${s.draws[bad].length}`, path: ["draws", bad]});
      if (s.logPosterior.length !== s.draws.length) context.addIssue({code: "custom", message: "must hold one value per draw", path: ["logPosterior"]});
    }),
  diagnostics: z.looseObject({
    walkers: z.number().int(),
    steps: z.number().int(),
    burn: z.number().int(),
    acceptance: z.strictObject({mean: finite, min: finite}),
    autocorrelation: z.record(z.string(), nullableNumber),
    ess: z.record(z.string(), nullableNumber),
    rhat: z.record(z.string(), nullableNumber),
    warnings: z.array(z.string()),
    converged: z.boolean()
  }),
  integration: z.strictObject({start: integrationCheck, point: integrationCheck}),
  report: z.looseObject({
    parameters: z.array(z.looseObject({id: z.string(), kind: z.enum(["model", "nuisance"]), prior: distributionSummary, posterior: distributionSummary, identification: z.string()})),
    correlations: z.looseObject({parameters: z.array(z.string()), matrix: z.array(z.array(finite))}),
    observations: z.array(z.looseObject({term: z.string(), observed: finite, model: z.looseObject({median: nullableNumber})}))
  })
});

/** data/policy-targets.json: targets and forecasts projected as outputs, each with its source. */
export const policyTargetsSchema = z.strictObject({
  description: z.string().min(10),
  targets: z.array(z.strictObject({id: declared.id, goal: z.string().min(5), label, source: z.string().min(1), note: z.string().min(10)})).min(1)
});

const yearKey = z.string().regex(/^\d{4}$/, "must be a year");
const signCell = z
  .strictObject({
    lever: z.string().min(1),
    output: z.string().min(1),
    sign: z.record(yearKey, z.enum(["+", "-", "0", "ambiguous"])),
    reason: label,
    /** For an ambiguous sign: the parameters it depends on. */
    depends: z.array(z.string().min(1)).min(1).optional()
  })
  .superRefine((d, context) => {
    const ambiguous = Object.values(d.sign).includes("ambiguous");
    if (ambiguous && !d.depends) context.addIssue({code: "custom", message: "an ambiguous sign names the parameters it depends on", path: ["depends"]});
    if (!ambiguous && d.depends) context.addIssue({code: "custom", message: "only an ambiguous sign depends on parameters", path: ["depends"]});
  });

/** data/signs.json: the expected sign of each lever's effect on each headline output, with its reasoning. */
export const signsSchema = z.strictObject({
  description: z.string().min(10),
  years: z.array(z.number().int()).min(1),
  signs: z.array(signCell).min(1),
  net: z.array(z.strictObject({lever: z.string().min(1), output: z.string().min(1), sign: z.record(yearKey, z.enum(["+", "-", "0"])), statement: label}))
});

/** The files of data/ and the schema each must meet. */
export const dataFiles = {
  "dimensions.json": dimensionsSchema,
  "levers.json": z.array(leverSchema).min(1),
  "parameters.json": z.array(parameterSchema).min(1),
  "sources.json": z.array(sourceSchema).min(1),
  "seed-facts.json": z.array(factSchema),
  "observations.json": z.looseObject({observations: z.array(observationSchema).min(1)}),
  "likelihood.json": likelihoodSchema,
  "calibration.json": calibrationPointSchema,
  "policy-targets.json": policyTargetsSchema,
  "signs.json": signsSchema
} as const;

/**
 * Checks one data file against its schema.
 *
 * @param file the file's name in data/, e.g. "levers.json"
 * @param value its parsed JSON
 * @returns the value, typed
 * @throws Error naming the file and the field: `data/levers.json: [3].max must be a finite number`
 */
export function checkDataFile<F extends keyof typeof dataFiles>(file: F, value: unknown): z.infer<(typeof dataFiles)[F]> {
  return checkSchema(`data/${file}`, dataFiles[file], value) as z.infer<(typeof dataFiles)[F]>;
}

/**
 * Checks a value against a schema, naming where it comes from and the field that fails.
 *
 * @param where the file, e.g. "data/calibration.json"
 * @throws Error `data/calibration.json: point.kind expected "median"`
 * @example checkSchema("data/calibration.json", calibrationSchema, JSON.parse(text))
 */
export function checkSchema<S extends z.ZodType>(where: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    throw new Error(`${where}: ${path ? `${path} ` : ""}${issue.message.replace(/^Invalid input: /, "")}`);
  }
  return result.data;
}

/**
 * A preset scenario file, checked like a user's scenario.
 *
 * @throws Error naming the file and the field
 */
export function checkScenarioFile(file: string, value: unknown): ModelData["scenarios"][string] {
  const result = scenarioSchema.safeParse(value);
  if (!result.success) throw new Error(`data/scenarios/${file}: ${result.error.issues[0].path.join(".")} ${result.error.issues[0].message}`);
  return result.data as ModelData["scenarios"][string];
}

/** The first id a list holds twice. */
function repeated(ids: readonly string[]): string | undefined {
  return ids.find((id, i) => ids.indexOf(id) !== i);
}

/**
 * The likelihood against the files it cites: every observation, seed figure and nuisance
 * parameter a term names exists, ids are unique, the fitted parameters exist and have priors, and
 * every term's figure resolves (positive, with an uncertainty; resolveTerm). Output ids are not
 * checked here: the model may not declare them yet, and calibrate names what is missing.
 *
 * @throws Error naming data/likelihood.json and the term or parameter
 */
function checkLikelihood(data: Omit<ModelData, "compiled">): void {
  const {likelihood} = data;
  const twiceObservation = repeated(data.observations.map((o) => o.id));
  if (twiceObservation) throw new Error(`data/observations.json: ${twiceObservation} is listed twice`);
  const twiceTerm = repeated(likelihood.terms.map((t) => t.id));
  if (twiceTerm) throw new Error(`data/likelihood.json: term ${twiceTerm} is listed twice`);
  const parameters = new Map(data.parameters.map((p) => [p.id, p]));
  const nuisance = new Set(likelihood.nuisance.map((n) => n.id));
  for (const n of likelihood.nuisance) {
    if (parameters.has(n.id)) throw new Error(`data/likelihood.json: nuisance parameter ${n.id} is also a model parameter`);
    if (!(n.prior.min < n.prior.max)) throw new Error(`data/likelihood.json: nuisance parameter ${n.id} has prior bounds [${n.prior.min}, ${n.prior.max}]`);
  }
  if (nuisance.size !== likelihood.nuisance.length) throw new Error(`data/likelihood.json: nuisance parameter ${repeated(likelihood.nuisance.map((n) => n.id))} is listed twice`);
  for (const id of likelihood.parameters ?? []) {
    if (!parameters.has(id)) throw new Error(`data/likelihood.json: parameters names "${id}", which data/parameters.json does not declare`);
    if (!parameters.get(id)!.prior) throw new Error(`data/likelihood.json: parameters names "${id}", which has no prior to fit from`);
  }
  const facts = new Set(data.facts.map((f) => f.id));
  const lookup = {
    observations: new Map(data.observations.map((o) => [o.id, o])),
    facts: new Map(data.facts.map((f) => [f.id, f])),
    sources: new Map(data.sources.map((s) => [s.id, s]))
  };
  for (const term of likelihood.terms) {
    if (term.restates !== undefined && !facts.has(term.restates)) throw new Error(`data/likelihood.json: term ${term.id} restates "${term.restates}", which data/seed-facts.json does not list`);
    if (term.scale !== undefined && !nuisance.has(term.scale)) throw new Error(`data/likelihood.json: term ${term.id} scales by "${term.scale}", which is no nuisance parameter`);
    resolveTerm(term, lookup);
  }
}

/**
 * The declared signs against the levers, the headline outputs and the parameters: every lever ×
 * headline output once, each with a sign for every declared year; net statements on declared
 * cells, for some of the declared years; an ambiguous sign's parameters declared.
 *
 * @throws Error naming data/signs.json and the lever, output or year
 */
function checkSignDeclarations(data: Omit<ModelData, "compiled">): void {
  const signs = data.signs;
  if (!signs) return;
  const where = "data/signs.json";
  if (new Set(signs.years).size !== signs.years.length) throw new Error(`${where}: years lists a year twice`);
  const levers = new Set(data.levers.map((l) => l.id));
  const outputs = new Set<string>(headlineOutputs);
  const parameters = new Set(data.parameters.map((p) => p.id));
  const cells = new Set<string>();
  // A cell has a sign for every year; a net statement only for the years it can state.
  const sameYears = (sign: Record<string, string>, entry: string, every = true) => {
    const years = Object.keys(sign);
    const missing = signs.years.find((y) => !years.includes(String(y)));
    if (every && missing !== undefined) throw new Error(`${where}: ${entry} has no sign for ${missing}`);
    const extra = years.find((y) => !signs.years.includes(Number(y)));
    if (extra !== undefined) throw new Error(`${where}: ${entry} has a sign for ${extra}, which years does not list`);
  };
  for (const d of signs.signs) {
    const entry = `${d.lever} → ${d.output}`;
    if (!levers.has(d.lever)) throw new Error(`${where}: ${entry}: "${d.lever}" is not a lever of data/levers.json`);
    if (!outputs.has(d.output)) throw new Error(`${where}: ${entry}: "${d.output}" is not a headline output (${headlineOutputs.join(", ")})`);
    if (cells.has(entry)) throw new Error(`${where}: ${entry} is declared twice`);
    cells.add(entry);
    sameYears(d.sign, entry);
    for (const id of d.depends ?? []) if (!parameters.has(id)) throw new Error(`${where}: ${entry} depends on "${id}", which data/parameters.json does not declare`);
  }
  for (const lever of levers) {
    for (const output of outputs) if (!cells.has(`${lever} → ${output}`)) throw new Error(`${where}: ${lever} → ${output} has no declared sign`);
  }
  for (const d of signs.net) {
    const entry = `net ${d.lever} → ${d.output}`;
    if (!cells.has(`${d.lever} → ${d.output}`)) throw new Error(`${where}: ${entry} is not a declared lever and headline output`);
    sameYears(d.sign, entry, false);
  }
}

/**
 * What the files say of each other: every source cited exists, the likelihood's terms cite
 * observations, figures and nuisance parameters that exist, every region and sector covers the
 * kinds and layers.
 *
 * @throws Error naming the file, the entry and what it cites
 */
export function checkReferences(data: Omit<ModelData, "compiled">): void {
  const sources = new Set(data.sources.map((s) => s.id));
  for (const [file, list] of [
    ["levers.json", data.levers],
    ["parameters.json", data.parameters],
    ["seed-facts.json", data.facts]
  ] as const) {
    for (const d of list) if (!sources.has(d.source)) throw new Error(`data/${file}: ${d.id} cites source "${d.source}", which data/sources.json does not list`);
  }
  for (const o of data.observations) if (!sources.has(o.source)) throw new Error(`data/observations.json: ${o.id} cites source "${o.source}", which data/sources.json does not list`);
  checkLikelihood(data);
  checkSignDeclarations(data);
  const kinds = new Set(data.dimensions.kinds.map((k) => k.id));
  for (const r of data.dimensions.regions) {
    for (const k of kinds) if (r.providerShare[k] === undefined) throw new Error(`data/dimensions.json: regions.${r.id}.providerShare has no share for kind "${k}"`);
  }
  for (const l of data.dimensions.layers) if (!kinds.has(l.kind)) throw new Error(`data/dimensions.json: layers.${l.id}.kind names no kind ("${l.kind}")`);
}
