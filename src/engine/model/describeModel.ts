import type {Dimensions, Label} from "../declarations.js";
import type {OutputId} from "../ids.js";
import type {BlockDeclaration, ConcreteEquation, OutputSpec, StockSpec} from "./block.js";
import {dimensionData, dimensionMembers, type DimensionDatum} from "./dimensionData.js";
import {expandExpression, expandId} from "./expandTemplate.js";

/** The model for a set of dimensions, placeholders expanded: what the compiler, the method page and the exports read. */
export interface ModelStructure {
  /** The blocks as declared (templates), in order. */
  blocks: readonly BlockDeclaration[];
  stocks: StockSpec[];
  outputs: readonly OutputSpec[];
  stockIndex: Map<string, number>;
  outputIndex: Map<string, number>;
  /** Every equation, concrete, in declaration order (the compiler orders them). */
  equations: ConcreteEquation[];
  /** Numbers the equations read from data/dimensions.json. */
  dimensionData: Record<string, DimensionDatum>;
  /** Stock and variable ids each block writes, concrete. */
  writes: Map<string, string>;
}

/**
 * Expands the blocks' templates over the dimensions: one stock, variable and equation per member,
 * labels in both languages, outputs in declaration order (stocks first within a block).
 *
 * @param blocks the model's blocks
 * @param dims the dimensions (data/dimensions.json)
 * @throws Error for a name written twice, a bad template, or an output without a label
 * @example describeModel(blocks, dims).outputs.map((o) => o.id) // ["quality_index", "hallucination_rate", ...]
 */
export function describeModel(blocks: readonly BlockDeclaration[], dims: Dimensions): ModelStructure {
  const members = dimensionMembers(dims);
  const labels = memberLabels(dims);
  const stocks: StockSpec[] = [];
  const outputs: OutputSpec[] = [];
  const equations: ConcreteEquation[] = [];
  const writes = new Map<string, string>();
  const data = dimensionData(dims);
  const claim = (id: string, block: string) => {
    const other = writes.get(id);
    if (other !== undefined) throw new Error(`model: ${id} is written twice (blocks ${other} and ${block})`);
    if (id in data) throw new Error(`model: ${id} (block ${block}) is also a name of dimension data`);
    writes.set(id, block);
  };
  for (const block of blocks) {
    for (const stock of block.stocks ?? []) {
      for (const {id, bindings} of expandId(stock.id, members)) {
        claim(id, block.id);
        const label = labelFor(stock.label, bindings, labels);
        stocks.push({id, label, unit: stock.unit, block: block.id, min: stock.min ?? 0, max: stock.max ?? Number.POSITIVE_INFINITY});
        if (stock.output !== false) {
          outputs.push({
            id: id as OutputId,
            label,
            unit: stock.unit,
            kind: "stock",
            annual: "end",
            description: fill(stock.description, bindings, labels),
            subsystem: block.id,
            ...bounds(stock.min ?? 0, stock.max)
          });
        }
        const where = (role: string) => `${block.id}: ${role} of ${id}`;
        equations.push({block: block.id, defines: id, role: "initial", expression: expandExpression(stock.initial, bindings, members, where("initial value")), unit: stock.unit});
        equations.push({block: block.id, defines: id, role: "derivative", expression: expandExpression(stock.derivative, bindings, members, where("derivative")), unit: stock.unit});
      }
    }
    for (const variable of block.variables) {
      for (const {id, bindings} of expandId(variable.id, members)) {
        claim(id, block.id);
        if (variable.output) {
          if (!variable.label) throw new Error(`model: output ${variable.id} (block ${block.id}) needs a label`);
          const [kind, annual] = ({stock: ["stock", "end"], flow: ["flow", "sum"], level: ["auxiliary", "mean"]} as const)[variable.output];
          outputs.push({
            // The ids ids.ts lists for the shipped dimensions (other dimensions expand to others).
            id: id as OutputId,
            label: labelFor(variable.label, bindings, labels),
            unit: variable.unit,
            kind,
            annual,
            description: fill(variable.description, bindings, labels),
            subsystem: block.id,
            ...bounds(variable.min, variable.max)
          });
        }
        equations.push({block: block.id, defines: id, role: "variable", expression: expandExpression(variable.equation, bindings, members, `${block.id}: ${id}`), unit: variable.unit});
      }
    }
  }
  return {
    blocks,
    stocks,
    outputs,
    stockIndex: new Map(stocks.map((s, i) => [s.id, i])),
    outputIndex: new Map(outputs.map((o, i) => [o.id, i])),
    equations,
    dimensionData: data,
    writes
  };
}

/** The declared bounds an output carries: only those given (JSON has no Infinity). */
function bounds(min: number | undefined, max: number | undefined): Pick<OutputSpec, "min" | "max"> {
  return {...(min !== undefined && {min}), ...(max !== undefined && Number.isFinite(max) && {max})};
}

type MemberLabels = Record<string, Record<string, Label>>;

function memberLabels(dims: Dimensions): MemberLabels {
  const byId = (list: ReadonlyArray<{id: string; label: Label}>) => Object.fromEntries(list.map((m) => [m.id, m.label]));
  return {sector: byId(dims.sectors), region: byId(dims.regions), kind: byId(dims.kinds), layer: byId(dims.layers)};
}

function fill(text: string, bindings: Record<string, string>, labels: MemberLabels, language: keyof Label = "en"): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (bindings[name] === undefined ? whole : labels[name][bindings[name]][language]));
}

function labelFor(label: Label, bindings: Record<string, string>, labels: MemberLabels): Label {
  return {zh: fill(label.zh, bindings, labels, "zh"), en: fill(label.en, bindings, labels, "en")};
}
