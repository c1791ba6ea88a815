import {z} from "zod";
import type {ModelData} from "../engine/index.js";
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

export const targetSchema = z.strictObject({
  fact: z.string(),
  output: z.string(),
  at: finite.optional(),
  year: z.number().int().optional(),
  mean: z.tuple([finite, finite]).optional(),
  comparison: z.enum(["within", "at-least"]).optional(),
  tolerance: finite.min(0),
  weight: finite.min(0)
});

export const calibrationSchema = z.looseObject({parameters: z.record(z.string(), finite)});

/** The files of data/ and the schema each must meet. */
export const dataFiles = {
  "dimensions.json": dimensionsSchema,
  "levers.json": z.array(leverSchema).min(1),
  "parameters.json": z.array(parameterSchema).min(1),
  "sources.json": z.array(sourceSchema).min(1),
  "seed-facts.json": z.array(factSchema),
  "targets.json": z.looseObject({targets: z.array(targetSchema)}),
  "calibration.json": calibrationSchema
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
  const result = dataFiles[file].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    throw new Error(`data/${file}: ${path ? `${path} ` : ""}${issue.message.replace(/^Invalid input: /, "")}`);
  }
  return result.data as z.infer<(typeof dataFiles)[F]>;
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

/**
 * What the files say of each other: every source cited exists, every target names a fact and an
 * output-shaped id, every region and sector covers the kinds and layers.
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
  const facts = new Set(data.facts.map((f) => f.id));
  for (const t of data.targets) if (!facts.has(t.fact)) throw new Error(`data/targets.json: a target names fact "${t.fact}", which data/seed-facts.json does not list`);
  const kinds = new Set(data.dimensions.kinds.map((k) => k.id));
  for (const r of data.dimensions.regions) {
    for (const k of kinds) if (r.providerShare[k] === undefined) throw new Error(`data/dimensions.json: regions.${r.id}.providerShare has no share for kind "${k}"`);
  }
  for (const l of data.dimensions.layers) if (!kinds.has(l.kind)) throw new Error(`data/dimensions.json: layers.${l.id}.kind names no kind ("${l.kind}")`);
}
