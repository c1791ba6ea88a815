import {data, engine, formatLeverValue, compareFacts, scenarioSchema, unitLabel} from "../../index.js";
import {z} from "zod";
import type {Command, Values} from "../command.js";
import {formatFrom, outputOptions} from "../shared.js";
import {csvCell} from "../csvCell.js";
import {formatCell, table} from "../table.js";

const listingOptions = {format: outputOptions.format, out: outputOptions.out};
const listingHelp = {format: "table (default), csv or json (or as --out's extension says)", out: "write to FILE (atomically; - for stdout) instead of stdout"};

/** A listing command: rows from the declarations, as a table, CSV or JSON. */
function listing(rows: () => Array<Record<string, string | number>>): Command {
  return {
    usage: "[--format table|csv|json] [--out FILE]",
    options: listingOptions,
    help: listingHelp,
    async run(values: Values, _positionals, _io, open) {
      const format = formatFrom(values, ["table", "csv", "json"] as const, "table");
      const output = open(values.out as string | undefined, format);
      const records = rows();
      const header = Object.keys(records[0] ?? {});
      const text =
        format === "json"
          ? JSON.stringify(records, null, 1) + "\n"
          : format === "csv"
            ? [header.join(","), ...records.map((r) => header.map((h) => csvCell(r[h])).join(","))].join("\n") + "\n"
            : table(
                header,
                records.map((r) => header.map((h) => r[h]))
              );
      await output.write(text);
    }
  };
}

const sourceTitle = (id: string) => data.sources.find((s) => s.id === id)?.id ?? id;

export const levers = listing(() =>
  data.levers.map((l) => ({
    id: l.id,
    label: l.label.en,
    zh: l.label.zh,
    unit: l.measure ?? unitLabel(l.unit),
    min: l.min,
    max: l.max,
    baseline: formatLeverValue(l.default),
    source: sourceTitle(l.source),
    confidence: l.confidence
  }))
);

export const parameters = listing(() =>
  data.parameters.map((p) => ({
    id: p.id,
    label: p.label.en,
    unit: p.measure ?? unitLabel(p.unit),
    value: engine.declarations.calibration?.[p.id] ?? p.default,
    min: p.min,
    max: p.max,
    prior: p.prior ? `${p.prior.distribution} [${p.prior.min}, ${p.prior.max}]` : "",
    source: sourceTitle(p.source),
    confidence: p.confidence
  }))
);

export const outputs = listing(() => engine.outputs.map((o) => ({id: o.id, label: o.label.en, zh: o.label.zh, unit: unitLabel(o.unit), kind: o.kind, annual: o.annual})));

export const scenarios = listing(() =>
  Object.entries(data.scenarios).map(([id, s]) => ({
    id,
    label: s.label?.en ?? id,
    extends: s.extends ?? "",
    levers: Object.entries(s.levers ?? {})
      .map(([lever, v]) => `${lever}=${formatLeverValue(v)}`)
      .join(" "),
    description: s.description ?? ""
  }))
);

export const facts = listing(() =>
  compareFacts(engine).map((c) => ({
    id: c.fact.id,
    figure: c.fact.value,
    unit: unitLabel(c.fact.unit),
    when: c.fact.when,
    term: c.term?.id ?? "(not fitted)",
    output: c.missing ? `${c.missing} (not in the model)` : (c.term?.output ?? ""),
    model: c.model ?? "",
    residual: c.residual === undefined ? "" : `${(c.residual * 100).toFixed(1)}%`,
    "figure 90%": c.interval ? (c.interval[1] === null ? `>= ${formatCell(c.interval[0])}` : `${formatCell(c.interval[0])} - ${formatCell(c.interval[1])}`) : "",
    within: c.within === undefined ? "" : c.within ? "yes" : "NO",
    source: c.fact.source
  }))
);

export const schema: Command = {
  usage: "[--out FILE]",
  options: {out: outputOptions.out},
  help: {out: "write to FILE (atomically; - for stdout) instead of stdout"},
  async run(values, _positionals, _io, open) {
    await open(values.out as string | undefined, "json").write(JSON.stringify(scenarioJsonSchema(), null, 2) + "\n");
  }
};

/** A JSON Schema document, walked loosely: the published schema only edits a few known keys. */
// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema is untyped JSON
type JsonSchema = Record<string, any>;

/** The published JSON Schema of a scenario, with the lever ids and ranges of the declarations. */
export function scenarioJsonSchema() {
  const schema = z.toJSONSchema(scenarioSchema) as JsonSchema;
  schema.$id = "https://shapan.local/scenario.schema.json";
  schema.title = "Shapan scenario";
  const leverValue = schema.properties.levers.additionalProperties;
  schema.properties.levers.properties = Object.fromEntries(
    data.levers.map((l) => [l.id, {...leverValue, description: `${l.label.en} (${l.label.zh}): ${l.measure ?? unitLabel(l.unit)}, ${l.min} to ${l.max}`}])
  );
  delete schema.properties.levers.propertyNames;
  schema.properties.levers.additionalProperties = false;
  schema.properties.parameters.properties = Object.fromEntries(data.parameters.map((p) => [p.id, {type: "number", minimum: p.min, maximum: p.max, description: p.label.en}]));
  schema.properties.parameters.additionalProperties = false;
  delete schema.properties.parameters.propertyNames;
  return schema;
}
