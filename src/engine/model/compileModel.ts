import {type Expression, fromMathNode} from "./expression.js";
import type {ModelStructure} from "./describeModel.js";
import {expandId} from "./expandTemplate.js";
import {dimensionMembers} from "./dimensionData.js";
import type {Dimensions} from "../declarations.js";
import {hashText} from "../core/hashText.js";

/** Bumped whenever the code the compiler writes changes, so a stored compiled model is known stale. */
export const compilerVersion = 4;

/**
 * The model compiled to JavaScript, as plain data (JSON): the code and the layout of the slots it
 * reads. `bindModel` turns it into a derivative function on a time grid, with no parser.
 */
export interface CompiledModel {
  /** Hash of everything the code was compiled from (see modelKey). */
  key: string;
  /** Body of `new Function("power", code)`, which returns `bind(T, V, L, C, S)`. */
  code: string;
  stocks: string[];
  /** Each stock's least value (see System.floor). */
  floors: number[];
  /** Each stock's greatest value (see System.ceiling); JSON has no Infinity, so null for none. */
  ceilings: Array<number | null>;
  outputs: string[];
  /** Parameter ids, in the order of the scalar buffer's first slots. */
  parameters: string[];
  /** Length of the scalar buffer: parameters, then values computed from them once per run. */
  scalars: number;
  /** Lever ids, in the order of the lever curves. */
  levers: string[];
  /** Number of curves filled once per run (terms of levers, parameters and time alone). */
  curves: number;
  /** For each group of lever curves, the indices (into `levers`) of the levers it depends on. */
  groups: number[][];
}

/** What the compiler needs to tell names apart, beyond the model's own. */
export interface CompileInputs {
  /** Parses one equation with mathjs (`math.parse`). */
  parse: (text: string) => unknown;
  levers: readonly string[];
  parameters: readonly string[];
  dims: Dimensions;
}

// How often a term can change, from never to every derivative call. A term is computed as rarely
// as its most volatile part allows: once per compile (constants), once per run (parameters),
// once per change of its levers, once per instant (time), or in the step (state).
const CONSTANT = 0;
const PARAMETER = 1;
const LEVER = 2;
const TIME = 3;
const STATE = 4;
type Level = 0 | 1 | 2 | 3 | 4;

/** A term of a flattened sum or product: `inverse` divides (products), `negative` subtracts (sums). */
interface Term {
  e: Node;
  flip: boolean;
}

/** An expression annotated for code generation. */
type Node =
  | {kind: "number"; value: number; level: Level; key: string}
  | {kind: "read"; name: string; level: Level; key: string}
  | {kind: "sum" | "product"; terms: Term[]; level: Level; key: string}
  | {kind: "op"; op: string; args: Node[]; level: Level; key: string}
  | {kind: "call"; fn: string; args: Node[]; level: Level; key: string}
  | {kind: "if"; args: [Node, Node, Node]; level: Level; key: string};

interface Equation {
  block: string;
  defines: string;
  role: "variable" | "derivative" | "initial";
  unit: string;
  node: Node;
}

/**
 * Compiles the model's equations into one JavaScript step function over literal indices. Each
 * equation is parsed with mathjs (passed in, so that only compiling loads it), its names resolved
 * to slots (stock, variable, lever, parameter, dimension datum, t, tau, dt), constants folded, and
 * every term that depends only on levers, parameters and time hoisted out of the step: computed
 * once per run, and only where its levers change (time terms at each instant; exp(a + b * tau) by
 * repeated multiplication). Equal terms are computed once. The step computes the variables in
 * dependency order.
 *
 * @param structure the model for its dimensions (describeModel)
 * @param inputs parse, and the ids of levers and parameters
 * @returns the compiled model (JSON-serialisable)
 * @throws Error naming the equation: a parse error, an unknown name, a name read from another
 *   block that the block does not declare in `reads`, an initial value that reads the state, or
 *   variables that depend on each other in one step (the cycle is named)
 * @example compileModel(describeModel(blocks, dims), {parse: math.parse, levers, parameters, dims}).code
 */
export function compileModel(structure: ModelStructure, inputs: CompileInputs): CompiledModel {
  const leverIndex = new Map(inputs.levers.map((id, i) => [id, i]));
  const parameterIndex = new Map(inputs.parameters.map((id, i) => [id, i]));
  const stockIndex = structure.stockIndex;
  const variables = new Map<string, Equation>();
  const derivatives = new Map<string, Equation>();
  const initials = new Map<string, Equation>();
  const reads = blockReads(structure, inputs.dims);
  const usedParameters = new Set<string>();
  const usedLevers = new Set<string>();

  // Parse and resolve every equation.
  const resolve = (name: string, block: string, where: string): Node => {
    if (name === "t" || name === "tau") return {kind: "read", name, level: TIME, key: name};
    // The integration step: fixed for a run, so a term of it is computed once per run.
    if (name === "dt") return {kind: "read", name, level: PARAMETER, key: name};
    const datum = structure.dimensionData[name];
    if (datum) return number(datum.value);
    if (leverIndex.has(name)) {
      usedLevers.add(name);
      return {kind: "read", name, level: LEVER, key: name};
    }
    if (parameterIndex.has(name)) {
      usedParameters.add(name);
      return {kind: "read", name, level: PARAMETER, key: name};
    }
    const writer = structure.writes.get(name);
    if (writer === undefined) throw new Error(`model: ${where} reads ${name}, which is no stock, variable, lever, parameter or dimension datum`);
    if (writer !== block && !reads.get(block)?.has(name)) throw new Error(`model: ${where} reads ${name}, which block ${writer} writes: declare it in ${block}'s reads`);
    // Levels of variables are settled below; a stock is state.
    return {kind: "read", name, level: stockIndex.has(name) ? STATE : CONSTANT, key: name};
  };
  for (const e of structure.equations) {
    const where = `${e.block}: ${e.role === "variable" ? e.defines : `${e.role} of ${e.defines}`}`;
    let parsed: Expression;
    try {
      parsed = fromMathNode(inputs.parse(e.expression) as Parameters<typeof fromMathNode>[0], where);
    } catch (error) {
      throw new Error(`${(error as Error).message.startsWith("model:") ? "" : `model: ${where}: `}${(error as Error).message}`);
    }
    const node = build(parsed, (name) => resolve(name, e.block, where));
    const equation: Equation = {block: e.block, defines: e.defines, role: e.role, unit: e.unit, node};
    (e.role === "variable" ? variables : e.role === "derivative" ? derivatives : initials).set(e.defines, equation);
  }

  // Settle each variable's level (most volatile of what it reads), refusing cycles.
  const levels = new Map<string, Level>();
  const settling: string[] = [];
  const constantOf = (name: string): Node | undefined => {
    const node = variables.get(name)?.node;
    return node?.kind === "number" ? node : undefined;
  };
  const levelOf = (name: string): Level => {
    const known = levels.get(name);
    if (known !== undefined) return known;
    if (stockIndex.has(name)) return STATE;
    const equation = variables.get(name)!;
    if (settling.includes(name))
      throw new Error(`model: ${[...settling.slice(settling.indexOf(name)), name].join(" -> ")}: these variables depend on each other within one step; break the loop with a stock`);
    settling.push(name);
    equation.node = relevel(equation.node, levelOf, constantOf);
    settling.pop();
    levels.set(name, equation.node.level);
    return equation.node.level;
  };
  for (const name of variables.keys()) levelOf(name);
  for (const e of [...derivatives.values(), ...initials.values()]) e.node = relevel(e.node, levelOf, constantOf);
  for (const e of initials.values()) {
    if (e.node.level === STATE) throw new Error(`model: ${e.block}: the initial value of ${e.defines} reads the state; it may read parameters, levers and dimension data`);
  }

  // The step computes state variables in dependency order (depth first from each output and derivative).
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (name: string) => {
    if (placed.has(name) || stockIndex.has(name) || levels.get(name) !== STATE) return;
    placed.add(name);
    for (const read of readsOf(variables.get(name)!.node)) place(read);
    order.push(name);
  };
  for (const name of variables.keys()) place(name);

  const parameters = inputs.parameters.filter((id) => usedParameters.has(id));
  const levers = inputs.levers.filter((id) => usedLevers.has(id));
  const emitter = createEmitter({
    parameters,
    levers,
    stockIndex,
    variables,
    levels,
    outputIndex: structure.outputIndex
  });
  const code = emitter.emit(order, derivatives, initials, structure);
  return {
    key: modelKey(structure, inputs),
    code,
    stocks: structure.stocks.map((s) => s.id),
    floors: structure.stocks.map((s) => s.min),
    ceilings: structure.stocks.map((s) => (Number.isFinite(s.max) ? s.max : null)),
    outputs: structure.outputs.map((o) => o.id),
    parameters,
    scalars: emitter.scalars(),
    levers,
    curves: emitter.curves(),
    groups: emitter.groups()
  };
}

/**
 * What a compiled model is compiled from, hashed: a stored compiled model whose key differs from
 * the data's is stale and must be compiled again.
 *
 * @example modelKey(structure, {levers, parameters}) // "6c1b2f0e"
 */
export function modelKey(structure: ModelStructure, inputs: Pick<CompileInputs, "levers" | "parameters">): string {
  return hashText(
    JSON.stringify({
      compilerVersion,
      equations: structure.equations,
      stocks: structure.stocks.map((s) => s.id),
      outputs: structure.outputs.map((o) => o.id),
      data: structure.dimensionData,
      levers: inputs.levers,
      parameters: inputs.parameters
    })
  );
}

/** The concrete names each block declares it reads. */
function blockReads(structure: ModelStructure, dims: Dimensions): Map<string, Set<string>> {
  const members = dimensionMembers(dims);
  return new Map(structure.blocks.map((b) => [b.id, new Set(b.reads.flatMap((template) => expandId(template, members).map((x) => x.id)))]));
}

function number(value: number): Node {
  return {kind: "number", value, level: CONSTANT, key: formatNumber(value)};
}

function formatNumber(value: number): string {
  return Object.is(value, -0) ? "0" : value === Infinity ? "Infinity" : value === -Infinity ? "-Infinity" : String(value);
}

/** Builds the annotated tree: folds constants, flattens sums and products, resolves names. */
function build(e: Expression, resolve: (name: string) => Node): Node {
  switch (e.type) {
    case "number":
      return number(e.value);
    case "symbol":
      return resolve(e.name);
    case "operator": {
      const args = e.args.map((a) => build(a, resolve));
      switch (e.op) {
        case "+":
          return sum([
            {e: args[0], flip: false},
            {e: args[1], flip: false}
          ]);
        case "-":
          return sum([
            {e: args[0], flip: false},
            {e: args[1], flip: true}
          ]);
        case "neg":
          return sum([{e: args[0], flip: true}]);
        case "*":
          return product([
            {e: args[0], flip: false},
            {e: args[1], flip: false}
          ]);
        case "/":
          return product([
            {e: args[0], flip: false},
            {e: args[1], flip: true}
          ]);
        default:
          return operation(e.op, args);
      }
    }
    case "call":
      return call(
        e.fn,
        e.args.map((a) => build(a, resolve))
      );
    case "conditional": {
      const [c, a, b] = [build(e.condition, resolve), build(e.whenTrue, resolve), build(e.whenFalse, resolve)];
      if (c.kind === "number") return c.value ? a : b;
      return withLevel({kind: "if", args: [c, a, b]});
    }
  }
}

function withLevel<T extends Omit<Node, "level" | "key">>(node: T): Node {
  const n = node as unknown as Node;
  const children = childrenOf(n);
  (n as {level: Level}).level = Math.max(CONSTANT, ...children.map((c) => c.level)) as Level;
  (n as {key: string}).key = keyOf(n);
  return n;
}

function childrenOf(n: Node): Node[] {
  return n.kind === "sum" || n.kind === "product" ? n.terms.map((t) => t.e) : n.kind === "op" || n.kind === "call" || n.kind === "if" ? n.args : [];
}

function keyOf(n: Node): string {
  switch (n.kind) {
    case "number":
      return formatNumber(n.value);
    case "read":
      return n.name;
    case "sum":
      return `(${n.terms.map((t, i) => (t.flip ? `-${t.e.key}` : i === 0 ? t.e.key : `+${t.e.key}`)).join("")})`;
    case "product":
      return `(${n.terms.map((t, i) => (t.flip ? `/${t.e.key}` : i === 0 ? t.e.key : `*${t.e.key}`)).join("")})`;
    case "op":
      return `(${n.op}${n.args.map((a) => ` ${a.key}`).join("")})`;
    case "call":
      return `${n.fn}(${n.args.map((a) => a.key).join(",")})`;
    case "if":
      return `(${n.args[0].key}?${n.args[1].key}:${n.args[2].key})`;
  }
}

function sum(terms: Term[]): Node {
  const flat: Term[] = [];
  let constant = 0;
  for (const t of terms) {
    if (t.e.kind === "sum") for (const inner of t.e.terms) flat.push({e: inner.e, flip: inner.flip !== t.flip});
    else flat.push(t);
  }
  const kept = flat.filter((t) => {
    if (t.e.kind !== "number") return true;
    constant += t.flip ? -t.e.value : t.e.value;
    return false;
  });
  if (constant !== 0 || kept.length === 0) kept.push({e: number(constant), flip: false});
  if (kept.length === 1 && !kept[0].flip) return kept[0].e;
  if (kept.length === 1 && kept[0].e.kind === "number") return number(-kept[0].e.value);
  return withLevel({kind: "sum", terms: kept});
}

function product(terms: Term[]): Node {
  const flat: Term[] = [];
  let constant = 1;
  for (const t of terms) {
    if (t.e.kind === "product") for (const inner of t.e.terms) flat.push(inverted({e: inner.e, flip: inner.flip !== t.flip}));
    else flat.push(inverted(t));
  }
  const kept = flat.filter((t) => {
    if (t.e.kind !== "number") return true;
    constant = t.flip ? constant / t.e.value : constant * t.e.value;
    return false;
  });
  // A product with a zero factor is zero (the model's terms are finite).
  if (constant === 0) return number(0);
  if (constant !== 1 || kept.length === 0 || kept.every((t) => t.flip)) kept.unshift({e: number(constant), flip: false});
  if (kept.length === 1) return kept[0].e;
  return withLevel({kind: "product", terms: kept});
}

/** 1 / exp(x) as exp(-x), so a curve of decline is filled by multiplication too. */
function inverted(t: Term): Term {
  return t.flip && t.e.kind === "call" && t.e.fn === "exp" ? {e: call("exp", [sum([{e: t.e.args[0], flip: true}])]), flip: false} : t;
}

function operation(op: string, args: Node[]): Node {
  if (args.every((a) => a.kind === "number")) {
    const v = args.map((a) => (a as {value: number}).value);
    const folded: Record<string, (x: number[]) => number> = {
      "^": ([a, b]) => a ** b,
      "<": ([a, b]) => +(a < b),
      ">": ([a, b]) => +(a > b),
      "<=": ([a, b]) => +(a <= b),
      ">=": ([a, b]) => +(a >= b),
      "==": ([a, b]) => +(a === b),
      "!=": ([a, b]) => +(a !== b),
      and: ([a, b]) => +(a !== 0 && b !== 0),
      or: ([a, b]) => +(a !== 0 || b !== 0),
      not: ([a]) => +(a === 0)
    };
    return number(folded[op](v));
  }
  if (op === "^" && args[1].kind === "number" && args[1].value === 1) return args[0];
  return withLevel({kind: "op", op, args});
}

function call(fn: string, args: Node[]): Node {
  const math: Record<string, (...x: number[]) => number> = {exp: Math.exp, log: Math.log, min: Math.min, max: Math.max, abs: Math.abs, sqrt: Math.sqrt, pow: (a, b) => a ** b};
  if (fn === "pow") return operation("^", args);
  if (fn !== "integral" && args.every((a) => a.kind === "number")) return number(math[fn](...args.map((a) => (a as {value: number}).value)));
  const node = withLevel({kind: "call", fn, args});
  // An integral accumulates over time, whatever it integrates.
  if (fn === "integral") {
    if (node.level === STATE) throw new Error("model: integral() integrates only terms of levers, parameters and time (integrate the state with a stock)");
    (node as {level: Level}).level = TIME;
  }
  return node;
}

/**
 * Sets the level of reads of variables (known only once those are settled), inlining variables
 * that are constants, and rebuilds the tree so that constants fold through them.
 */
function relevel(n: Node, levelOf: (name: string) => Level, constantOf: (name: string) => Node | undefined): Node {
  const again = (x: Node) => relevel(x, levelOf, constantOf);
  switch (n.kind) {
    case "number":
      return n;
    case "read": {
      if (n.level !== CONSTANT || n.name === "t" || n.name === "tau") return n;
      const level = levelOf(n.name);
      return constantOf(n.name) ?? {...n, level};
    }
    case "sum":
      return sum(n.terms.map((t) => ({e: again(t.e), flip: t.flip})));
    case "product":
      return product(n.terms.map((t) => ({e: again(t.e), flip: t.flip})));
    case "op":
      return operation(n.op, n.args.map(again));
    case "call":
      return call(n.fn, n.args.map(again));
    case "if": {
      const [c, a, b] = n.args.map(again);
      if (c.kind === "number") return c.value ? a : b;
      return withLevel({kind: "if", args: [c, a, b]});
    }
  }
}

/** Names of variables and stocks a node reads. */
function readsOf(n: Node, into = new Set<string>()): Set<string> {
  if (n.kind === "read") into.add(n.name);
  for (const c of childrenOf(n)) readsOf(c, into);
  return into;
}

interface EmitterContext {
  parameters: string[];
  levers: string[];
  stockIndex: Map<string, number>;
  variables: Map<string, Equation>;
  levels: Map<string, Level>;
  outputIndex: Map<string, number>;
}

/**
 * Writes the code: slots for hoisted terms (scalars V, curves C), the fills that compute them once
 * per run, the initial stocks and the derivative.
 */
function createEmitter(context: EmitterContext) {
  const {parameters, levers, stockIndex, variables, levels, outputIndex} = context;
  const parameterSlot = new Map(parameters.map((id, i) => [id, i]));
  const leverSlot = new Map(levers.map((id, i) => [id, i]));
  let scalarCount = parameters.length;
  let curveCount = 0;
  const scalarCode: string[] = [];
  const curveCode: string[] = [];
  const groupIndex = new Map<string, number>();
  const groupLevers: number[][] = [];
  // Hoisted terms by key: the code that reads them at instant k.
  const hoisted = new Map<string, string>();
  const variableSlots = new Map<string, string>();

  const leversOf = (n: Node, into = new Set<number>()): Set<number> => {
    if (n.kind === "read") {
      const lever = leverSlot.get(n.name);
      if (lever !== undefined) into.add(lever);
      else if (variables.has(n.name) && !stockIndex.has(n.name)) leversOf(variables.get(n.name)!.node, into);
    }
    for (const c of childrenOf(n)) leversOf(c, into);
    return into;
  };

  /** Reads a term at level `level` or below from its slot, creating the slot (and its code) on first use. */
  const hoist = (n: Node): string => {
    const known = hoisted.get(n.key);
    if (known !== undefined) return known;
    let read: string;
    if (n.level <= PARAMETER) {
      const slot = scalarCount++;
      scalarCode.push(`V[${slot}] = ${write(n, PARAMETER)}; // ${describe(n)}`);
      read = `V[${slot}]`;
    } else if (n.level === LEVER) {
      const slot = curveCount++;
      const inputs = [...leversOf(n)].sort((a, b) => a - b);
      const groupKey = inputs.join(",");
      let group = groupIndex.get(groupKey);
      if (group === undefined) {
        groupIndex.set(groupKey, (group = groupLevers.length));
        groupLevers.push(inputs);
      }
      curveCode.push(`// C${slot} = ${describe(n)}, where ${inputs.map((i) => levers[i]).join(", ") || "no lever"} change${inputs.length === 1 ? "s" : ""}
for (let s = S[${group}], j = 0; j < s.length; j++) {
  const k = s[j];
  C${slot}.fill(${write(n, LEVER)}, k, j + 1 < s.length ? s[j + 1] : n);
}`);
      read = `C${slot}[k]`;
    } else {
      const slot = curveCount++;
      curveCode.push(`// C${slot} = ${describe(n)}\n${timeCurve(n, slot)}`);
      read = `C${slot}[k]`;
    }
    hoisted.set(n.key, read);
    return read;
  };

  /** The code reading term `n` (a lever or a hoisted term) at instant `k`, given as code. */
  const readAt = (n: Node): ((k: string) => string) => {
    const lever = n.kind === "read" ? leverSlot.get(n.name) : undefined;
    const read = lever !== undefined ? `L${lever}[k]` : n.kind === "number" ? formatNumber(n.value) : hoist(n);
    return (k) => (read.endsWith("[k]") ? `${read.slice(0, -3)}[${k}]` : read);
  };

  /**
   * A curve of time. exp(a + b * tau + c * integral(x) + ...) is filled by repeated multiplication,
   * with one exp per change of its increment (a constant for tau, piecewise constant for integrals
   * of schedules); an integral by the trapezoid rule; anything else point by point. Instants are
   * evenly spaced (see evaluationTimes).
   */
  const timeCurve = (n: Node, slot: number): string => {
    // A product of parameters and one such exp starts the multiplication at the parameters' value.
    const scaled = n.kind === "product" ? n.terms.filter((t) => t.e.level > PARAMETER) : [];
    const growth = scaled.length === 1 && !scaled[0].flip ? scaled[0].e : n;
    const scale = growth === n || n.kind !== "product" ? undefined : product(n.terms.filter((t) => t.e !== growth));
    const linear = growth.kind === "call" && growth.fn === "exp" ? linearInAccumulators(growth.args[0]) : undefined;
    if (linear) {
      const increments = [
        ...(linear.slope ? [`${expression(linear.slope, PARAMETER)} * dt`] : []),
        ...linear.integrals.map(({scale, integrand}) => {
          const x = readAt(integrand);
          return `${expression(scale, PARAMETER)} * 0.5 * (${x("k - 1")} + ${x("k")}) * dt`;
        })
      ];
      const start = `${scale ? `${expression(scale, PARAMETER)} * ` : ""}Math.exp(${linear.constant ? expression(linear.constant, PARAMETER) : "0"})`;
      if (linear.integrals.length === 0) {
        // A constant increment: one exp for the whole curve.
        return `{
  let value = ${start};
  const factor = Math.exp(${increments[0] ?? "0"});
  for (let k = 0; k < n; k++, value *= factor) C${slot}[k] = value;
}`;
      }
      return `{
  let value = ${start};
  let increment = NaN;
  let factor = 1;
  C${slot}[0] = value;
  for (let k = 1; k < n; k++) {
    const next = ${increments.join(" + ") || "0"};
    if (next !== increment) factor = Math.exp((increment = next));
    value *= factor;
    C${slot}[k] = value;
  }
}`;
    }
    if (n.kind === "call" && n.fn === "integral") {
      const x = readAt(n.args[0]);
      return `{
  let total = 0;
  C${slot}[0] = 0;
  for (let k = 1; k < n; k++) {
    total += 0.5 * (${x("k - 1")} + ${x("k")}) * dt;
    C${slot}[k] = total;
  }
}`;
    }
    return `for (let k = 0; k < n; k++) C${slot}[k] = ${write(n, TIME)};`;
  };

  // State-level subexpressions used more than once, bound to a local before their first use.
  const counts = new Map<string, number>();
  const shared = new Map<string, string>();
  let prelude: string[] = [];
  const countState = (n: Node) => {
    if (n.level !== STATE || n.kind === "read" || n.kind === "number") return;
    counts.set(n.key, (counts.get(n.key) ?? 0) + 1);
    if ((counts.get(n.key) ?? 0) === 1) for (const c of childrenOf(n)) countState(c);
  };

  /** Code computing `n` in code that runs at `level` (STATE: the step; lower: a fill). */
  const expression = (n: Node, level: Level): string => {
    if (n.level < level && n.kind !== "number" && n.kind !== "read") return hoist(n);
    // exp of a term linear in tau and integrals gets a curve of its own, filled by multiplication.
    if (level === TIME && n.kind === "call" && n.fn === "exp" && linearInAccumulators(n.args[0])) return hoist(n);
    if (level === STATE && n.kind !== "read" && n.kind !== "number" && (counts.get(n.key) ?? 0) > 1) {
      const known = shared.get(n.key);
      if (known) return known;
      const name = `s${shared.size}`;
      const code = write(n, level);
      prelude.push(`const ${name} = ${code};`);
      shared.set(n.key, name);
      return name;
    }
    return write(n, level);
  };

  const write = (n: Node, level: Level): string => {
    switch (n.kind) {
      case "number":
        return n.value < 0 ? `(${formatNumber(n.value)})` : formatNumber(n.value);
      case "read":
        return readName(n.name, level);
      case "sum":
      case "product":
        return flattened(n, level);
      case "op": {
        const [a, b] = n.args;
        if (n.op === "^") return powerOf(a, b, level);
        if (n.op === "not") return `(!${expression(a, level)} ? 1 : 0)`;
        const js = n.op === "and" ? "&&" : n.op === "or" ? "||" : n.op === "==" ? "===" : n.op === "!=" ? "!==" : n.op;
        return `(${expression(a, level)} ${js} ${expression(b, level)})`;
      }
      case "call": {
        if (n.fn === "integral") return hoist(n);
        return `Math.${n.fn}(${n.args.map((a) => expression(a, level)).join(", ")})`;
      }
      case "if":
        return `(${expression(n.args[0], level)} ? ${expression(n.args[1], level)} : ${expression(n.args[2], level)})`;
    }
  };

  /** A sum or product: terms below this level are combined into one hoisted term. */
  const flattened = (n: Node & {kind: "sum" | "product"}, level: Level): string => {
    // Constants join a hoisted group of levers and parameters (computed rarely), not one of time:
    // a time curve is filled at every instant of every run, so sharing it is worth an operation.
    const lower = n.terms.filter((t) => t.e.level < level && t.e.kind !== "number");
    const groupLevel = Math.max(CONSTANT, ...lower.map((t) => t.e.level));
    const low = lower.length && groupLevel <= LEVER ? n.terms.filter((t) => t.e.level < level) : lower;
    let terms = n.terms;
    // A divisor computed rarely becomes a multiplier: its reciprocal is hoisted with it.
    if (low.length > 1 || (n.kind === "product" && low.some((t) => t.flip))) {
      const combined = n.kind === "sum" ? sum(low) : product(low);
      terms = [{e: combined, flip: false}, ...n.terms.filter((t) => !low.includes(t))];
    }
    const isSum = n.kind === "sum";
    // Keep a leading term that is not flipped, so a product starts with a factor, a sum with a plus term.
    const first = terms.findIndex((t) => !t.flip);
    const ordered = first > 0 ? [terms[first], ...terms.filter((_, i) => i !== first)] : terms;
    const parts = ordered.map((t, i) => {
      const code = expression(t.e, level);
      if (i === 0) return t.flip ? (isSum ? `-${code}` : `1 / ${code}`) : code;
      return `${t.flip ? (isSum ? " - " : " / ") : isSum ? " + " : " * "}${code}`;
    });
    return `(${parts.join("")})`;
  };

  const powerOf = (a: Node, b: Node, level: Level): string => {
    if (b.kind === "number") {
      if (b.value === 0.5) return `Math.sqrt(${expression(a, level)})`;
      if (b.value === -1) return `(1 / ${expression(a, level)})`;
    }
    return `power(${expression(a, level)}, ${expression(b, level)})`;
  };

  const readName = (name: string, level: Level): string => {
    if (name === "t") return "T[k]";
    if (name === "tau") return "(T[k] - T[0])";
    if (name === "dt") return "step";
    const parameter = parameterSlot.get(name);
    if (parameter !== undefined) return `V[${parameter}]`;
    const lever = leverSlot.get(name);
    if (lever !== undefined) return `L${lever}[k]`;
    const stock = stockIndex.get(name);
    if (stock !== undefined) return `y[${stock}]`;
    const variableLevel = levels.get(name)!;
    if (variableLevel === STATE) return `v_${name}`;
    let slot = variableSlots.get(name);
    if (slot === undefined) {
      const node = variables.get(name)!.node;
      slot = node.kind === "number" ? expression(node, level) : node.kind === "read" ? readName(node.name, level) : hoist(node);
      variableSlots.set(name, slot);
    }
    return slot;
  };

  const describe = (n: Node): string => n.key.replace(/\*\//g, "* /");

  return {
    emit(order: string[], derivatives: Map<string, Equation>, initials: Map<string, Equation>, structure: ModelStructure): string {
      for (const name of order) countState(variables.get(name)!.node);
      for (const e of derivatives.values()) countState(e.node);
      const step: string[] = [];
      const statement = (code: string) => {
        step.push(...prelude, code);
        prelude = [];
      };
      for (const name of order) statement(`const v_${name} = ${expression(variables.get(name)!.node, STATE)};`);
      for (const [id, i] of outputIndex) {
        const value = stockIndex.has(id) ? `y[${stockIndex.get(id)}]` : readName(id, STATE);
        statement(`out[at + ${i}] = ${value}; // ${id}`);
      }
      for (const stock of structure.stocks) {
        const e = derivatives.get(stock.id)!;
        statement(`dydt[${stockIndex.get(stock.id)}] = ${expression(e.node, STATE)}; // d/dt ${stock.id}`);
      }
      const initial = structure.stocks.map((stock) => `y[${stockIndex.get(stock.id)}] = ${expression(initials.get(stock.id)!.node, TIME)}; // ${stock.id}`);
      const leverLocals = levers.map((id, i) => `const L${i} = L[${i}]; // ${id}`);
      const curveLocals = Array.from({length: curveCount}, (_, i) => `const C${i} = C[${i}];`);
      return `"use strict";
// Generated by compileModel from the model's declared equations; do not edit.
// V: scalars (parameters ${parameters.map((id, i) => `V[${i}] ${id}`).join(", ")}; then terms of parameters),
// L: levers, C: curves (terms of levers, parameters and time), S: where each group of lever curves changes,
// step: the integration step (dt).
return function bind(T, V, L, C, S, step) {
const n = T.length;
const dt = n > 1 ? T[1] - T[0] : 0;
${leverLocals.join("\n")}
${curveLocals.join("\n")}
return {
scalars() {
${scalarCode.join("\n")}
},
curves() {
${curveCode.join("\n")}
},
initial(y) {
const k = 0;
${initial.join("\n")}
},
derivative(k, y, dydt, out, at) {
${step.join("\n")}
}
};
};
//# sourceURL=shapan-model.js
`;
    },
    scalars: () => scalarCount,
    curves: () => curveCount,
    groups: () => groupLevers
  };
}

/** n = constant + slope * tau + sum of scale * integral(integrand), every coefficient of parameters alone. */
interface Linear {
  constant?: Node;
  slope?: Node;
  integrals: Array<{scale: Node; integrand: Node}>;
}

/** `n` as a Linear, or undefined if it is not of that form. */
function linearInAccumulators(n: Node): Linear | undefined {
  if (n.level <= PARAMETER) return {constant: n, integrals: []};
  if (n.kind === "read" && n.name === "tau") return {slope: number(1), integrals: []};
  if (n.kind === "call" && n.fn === "integral") return {integrals: [{scale: number(1), integrand: n.args[0]}]};
  if (n.kind === "sum") {
    const parts = n.terms.map((t) => ({part: linearInAccumulators(t.e), flip: t.flip}));
    if (parts.some((p) => !p.part)) return undefined;
    const collect = (pick: (l: Linear) => Node | undefined) => {
      const terms = parts.flatMap(({part, flip}) => {
        const e = pick(part!);
        return e ? [{e, flip}] : [];
      });
      return terms.length ? sum(terms) : undefined;
    };
    return {
      constant: collect((l) => l.constant),
      slope: collect((l) => l.slope),
      integrals: parts.flatMap(({part, flip}) => part!.integrals.map((i) => ({scale: flip ? sum([{e: i.scale, flip: true}]) : i.scale, integrand: i.integrand})))
    };
  }
  if (n.kind === "product") {
    const varying = n.terms.filter((t) => t.e.level > PARAMETER);
    if (varying.length !== 1 || varying[0].flip) return undefined;
    const part = linearInAccumulators(varying[0].e);
    if (!part) return undefined;
    const rest = n.terms.filter((t) => t !== varying[0]);
    const scale = (x: Node) => product([{e: x, flip: false}, ...rest]);
    return {
      constant: part.constant && scale(part.constant),
      slope: part.slope && scale(part.slope),
      integrals: part.integrals.map((i) => ({scale: scale(i.scale), integrand: i.integrand}))
    };
  }
  return undefined;
}
