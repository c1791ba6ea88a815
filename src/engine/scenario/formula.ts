import type {all as allFactories, create as createInstance, MathNode} from "mathjs";
import {ScenarioError} from "./scenarioError.js";

/** Compiles a lever formula in t (see createFormulaCompiler); the engine takes one to run formula levers. */
export type FormulaCompiler = (source: string, field: string) => (t: number) => number;

/** What createFormulaCompiler needs of mathjs: its `create` and `all` (the module, or its browser bundle). */
export interface MathJsModule {
  create: typeof createInstance;
  all: typeof allFactories;
}

/** Functions a lever formula may call: arithmetic and shaping curves, nothing that reaches out. */
const allowedFunctions = new Set(["abs", "ceil", "cos", "exp", "floor", "log", "log10", "log2", "max", "min", "pow", "round", "sign", "sin", "sqrt", "tan", "tanh", "atan", "mod"]);
const allowedConstants = new Set(["pi", "e", "t"]);
const allowedNodes = new Set(["ConstantNode", "SymbolNode", "OperatorNode", "ParenthesisNode", "FunctionNode", "ConditionalNode"]);

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
 * Compiles a lever formula in `t` (decimal years) with mathjs, in a restricted scope: only
 * arithmetic, comparisons, conditionals and the functions above. Checking the syntax tree
 * rejects `import`, `createUnit`, `evaluate`, `parse`, `simplify`, `derivative`, assignments,
 * and property access into objects before anything runs.
 *
 * @param parse mathjs's parse, of a private instance
 * @param source the formula, e.g. "min(0.8, 0.1 + 0.05 * (t - 2023))"
 * @param field where it came from, for the error message
 * @returns a function of t
 * @throws ScenarioError if it does not parse or uses anything outside the allowed set
 */
function compileFormula(parse: (source: string) => MathNode, source: string, field: string): (t: number) => number {
  let tree: MathNode;
  try {
    tree = parse(source);
  } catch (error) {
    throw new ScenarioError(field, `is not a valid formula in t: ${(error as Error).message}`);
  }
  tree.traverse((node, path, parent) => {
    if (!allowedNodes.has(node.type)) {
      throw new ScenarioError(field, `formula may not use ${describe(node)}; allowed: numbers, t, + - * / ^, comparisons, a ? b : c and ${[...allowedFunctions].join(", ")}`);
    }
    if (node.type === "SymbolNode") {
      const name = (node as unknown as {name: string}).name;
      const isCallee = parent?.type === "FunctionNode" && path === "fn";
      if (isCallee ? !allowedFunctions.has(name) : !allowedConstants.has(name)) {
        throw new ScenarioError(field, isCallee ? `formula may not call ${name}(); allowed: ${[...allowedFunctions].join(", ")}` : `formula may only use the variable t (and pi, e), not ${name}`);
      }
    }
  });
  const compiled = tree.compile();
  return (t: number) => {
    const value = compiled.evaluate({t});
    if (typeof value !== "number") throw new ScenarioError(field, `formula must give a number, got ${typeof value === "object" ? "a " + (value?.constructor?.name ?? "value") : typeof value}`);
    return value;
  };
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
    default:
      return node.type.replace("Node", "").toLowerCase() + " expressions";
  }
}
