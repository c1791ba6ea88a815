import type {all as allFactories, create as createInstance, MathNode} from "mathjs";
import {ScenarioError} from "./scenarioError.js";

/** Compiles a lever formula in t (see createFormulaCompiler); the engine takes one to run formula levers. */
export type FormulaCompiler = (source: string, field: string) => (t: number) => number;

/** What createFormulaCompiler needs of mathjs: its `create` and `all` (the module, or its browser bundle). */
export interface MathJsModule {
  create: typeof createInstance;
  all: typeof allFactories;
}

/** Functions a lever formula may call, with how many arguments each takes: arithmetic and shaping curves, nothing that reaches out. */
const allowedFunctions: Record<string, [min: number, max: number]> = {
  abs: [1, 1],
  ceil: [1, 2],
  cos: [1, 1],
  exp: [1, 1],
  floor: [1, 2],
  log: [1, 2],
  log10: [1, 1],
  log2: [1, 1],
  max: [1, Infinity],
  min: [1, Infinity],
  pow: [2, 2],
  round: [1, 2],
  sign: [1, 1],
  sin: [1, 1],
  sqrt: [1, 1],
  tan: [1, 1],
  tanh: [1, 1],
  atan: [1, 1],
  mod: [2, 2]
};
const functionList = Object.keys(allowedFunctions).join(", ");
const allowedConstants = new Set(["pi", "e", "t"]);
/** mathjs operator functions a formula may use; the rest (bitwise, units, matrices, factorial) are refused. */
const allowedOperators = new Set([
  "add",
  "subtract",
  "multiply",
  "divide",
  "pow",
  "mod",
  "unaryMinus",
  "unaryPlus",
  "larger",
  "smaller",
  "largerEq",
  "smallerEq",
  "equal",
  "unequal",
  "and",
  "or",
  "xor",
  "not"
]);
const allowedNodes = new Set(["ConstantNode", "SymbolNode", "OperatorNode", "ParenthesisNode", "FunctionNode", "ConditionalNode"]);
const allowed = `allowed: numbers, t, pi, e, + - * / ^ mod, comparisons, and or not, a ? b : c and ${functionList}`;

/** Longest formula accepted: a schedule needs a few dozen characters; the limit keeps parsing and evaluation cheap. */
export const maximumFormulaLength = 1000;
/** Deepest nesting of brackets accepted: mathjs parses each level recursively, and a few hundred exhaust the stack. */
export const maximumFormulaNesting = 32;

/**
 * A lever-formula compiler over `mathjs`, which is passed in rather than imported so that mathjs
 * (about a second to load) is loaded only by those who run a formula lever: the Node package
 * requires it on first use, a page imports it when a formula is typed.
 *
 * @param mathjs the mathjs module
 * @returns compileFormula, bound to a private mathjs instance
 * @example createFormulaCompiler(await import("mathjs"))("0.1 * (t - 2023)", "levers.x")(2025) // 0.2
 */
export function createFormulaCompiler(mathjs: MathJsModule): FormulaCompiler {
  // A private instance, so the functions disabled below stay available to nobody but us.
  const parse = mathjs.create(mathjs.all).parse;
  return (source, field) => compileFormula(parse, source, field);
}

/**
 * Compiles a lever formula in `t` (decimal years) with mathjs, in a restricted scope: numbers,
 * arithmetic, comparisons, conditionals and the functions above, each with its number of
 * arguments. Checking the syntax tree rejects `import`, `createUnit`, `evaluate`, strings, units,
 * matrices, assignments and property access before anything runs; whatever mathjs still throws
 * (a bad argument at some t) becomes a ScenarioError naming the field and t, so no formula the
 * grammar admits can crash a run.
 *
 * @param parse mathjs's parse, of a private instance
 * @param source the formula, e.g. "min(0.8, 0.1 + 0.05 * (t - 2023))"
 * @param field where it came from, for the error message
 * @returns a function of t
 * @throws ScenarioError if it is too long or deep, does not parse, or uses anything outside the allowed set
 */
function compileFormula(parse: (source: string) => MathNode, source: string, field: string): (t: number) => number {
  if (typeof source !== "string") throw new ScenarioError(field, `formula must be text, got ${typeof source}`);
  if (source.length > maximumFormulaLength) throw new ScenarioError(field, `formula is ${source.length} characters long; at most ${maximumFormulaLength} are allowed`);
  const nesting = deepestNesting(source);
  if (nesting > maximumFormulaNesting) throw new ScenarioError(field, `formula nests brackets ${nesting} deep; at most ${maximumFormulaNesting} levels are allowed`);
  let tree: MathNode;
  try {
    tree = parse(source);
  } catch (error) {
    throw new ScenarioError(field, `is not a valid formula in t: ${messageOf(error)}`);
  }
  tree.traverse((node, path, parent) => checkNode(node, path, parent, field));
  let compiled: {evaluate: (scope: object) => unknown};
  try {
    compiled = tree.compile();
  } catch (error) {
    throw new ScenarioError(field, `is not a valid formula in t: ${messageOf(error)}`);
  }
  return (t: number) => {
    let value: unknown;
    try {
      value = compiled.evaluate({t});
    } catch (error) {
      throw new ScenarioError(field, `formula cannot be evaluated at t = ${t}: ${messageOf(error)}`);
    }
    if (typeof value !== "number") throw new ScenarioError(field, `formula must give a number, got ${describeValue(value)} at t = ${t}`);
    return value;
  };
}

function checkNode(node: MathNode, path: string, parent: MathNode | null, field: string): void {
  if (!allowedNodes.has(node.type)) throw new ScenarioError(field, `formula may not use ${describe(node)}; ${allowed}`);
  if (node.type === "ConstantNode") {
    const value = (node as unknown as {value: unknown}).value;
    if (typeof value !== "number") throw new ScenarioError(field, `formula may not use ${typeof value === "string" ? `the string ${JSON.stringify(value)}` : String(value)}; ${allowed}`);
  } else if (node.type === "OperatorNode") {
    const {fn, op} = node as unknown as {fn: string; op: string};
    if (!allowedOperators.has(fn)) throw new ScenarioError(field, `formula may not use the operator ${op}; ${allowed}`);
  } else if (node.type === "FunctionNode") {
    const {fn, args} = node as unknown as {fn: MathNode & {name?: string}; args: MathNode[]};
    const name = fn.type === "SymbolNode" ? fn.name : undefined;
    if (name === undefined || !Object.hasOwn(allowedFunctions, name)) throw new ScenarioError(field, `formula may not call ${name ?? "an expression"}(); allowed: ${functionList}`);
    const [min, max] = allowedFunctions[name];
    if (args.length < min || args.length > max) {
      const takes = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} or ${max}`;
      throw new ScenarioError(field, `formula calls ${name}() with ${args.length} argument${args.length === 1 ? "" : "s"}; it takes ${takes}`);
    }
  } else if (node.type === "SymbolNode") {
    const name = (node as unknown as {name: string}).name;
    const isCallee = parent?.type === "FunctionNode" && path === "fn";
    if (!isCallee && !allowedConstants.has(name)) throw new ScenarioError(field, `formula may only use the variable t (and pi, e), not ${name}`);
  }
}

/** The deepest nesting of (), [] and {}: checked before parsing, which recurses once per level. */
function deepestNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of source) {
    if (ch === "(" || ch === "[" || ch === "{") deepest = Math.max(deepest, ++depth);
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
  }
  return deepest;
}

function messageOf(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "the formula is too deeply nested";
  return error instanceof Error ? error.message : String(error);
}

/** What a formula gave instead of a number: "a boolean (true)", "a complex number". */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "object") {
    const name = (value as {constructor?: {name?: string}}).constructor?.name;
    return name === "Complex" ? "a complex number" : `a ${name ?? "value"}`;
  }
  return `a ${typeof value} (${String(value)})`;
}

function describe(node: MathNode): string {
  switch (node.type) {
    case "AccessorNode":
      return "property access";
    case "AssignmentNode":
    case "FunctionAssignmentNode":
      return "assignment";
    case "ObjectNode":
      return "objects";
    case "ArrayNode":
    case "IndexNode":
    case "RangeNode":
      return "arrays";
    case "BlockNode":
      return "several expressions";
    default:
      return node.type.replace("Node", "").toLowerCase() + " expressions";
  }
}
