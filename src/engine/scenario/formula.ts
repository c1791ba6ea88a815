import {all, create, type MathNode} from "mathjs";
import {ScenarioError} from "./scenarioError.js";

// A private instance, so the functions disabled below stay available to nobody but us.
const math = create(all);
const parse = math.parse;

/** Functions a lever formula may call: arithmetic and shaping curves, nothing that reaches out. */
const allowedFunctions = new Set(["abs", "ceil", "cos", "exp", "floor", "log", "log10", "log2", "max", "min", "pow", "round", "sign", "sin", "sqrt", "tan", "tanh", "atan", "mod"]);
const allowedConstants = new Set(["pi", "e", "t"]);
const allowedNodes = new Set(["ConstantNode", "SymbolNode", "OperatorNode", "ParenthesisNode", "FunctionNode", "ConditionalNode"]);

/**
 * Compiles a lever formula in `t` (decimal years) with mathjs, in a restricted scope: only
 * arithmetic, comparisons, conditionals and the functions above. Checking the syntax tree
 * rejects `import`, `createUnit`, `evaluate`, `parse`, `simplify`, `derivative`, assignments,
 * and property access into objects before anything runs.
 *
 * @param source the formula, e.g. "min(0.8, 0.1 + 0.05 * (t - 2023))"
 * @param field where it came from, for the error message
 * @returns a function of t
 * @throws ScenarioError if it does not parse or uses anything outside the allowed set
 * @example compileFormula("0.1 * (t - 2023)", "levers.x")(2025) // 0.2
 */
export function compileFormula(source: string, field: string): (t: number) => number {
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
