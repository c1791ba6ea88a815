/**
 * The model's expressions as plain data: what mathjs parses an equation into, reduced to the few
 * node kinds the equations use, so that the compiler (and a compiled model shipped as JSON) works
 * without mathjs at run time.
 */
export type Expression =
  | {type: "number"; value: number}
  | {type: "symbol"; name: string}
  | {type: "operator"; op: Operator; args: Expression[]}
  | {type: "call"; fn: FunctionName; args: Expression[]}
  | {type: "conditional"; condition: Expression; whenTrue: Expression; whenFalse: Expression};

export type Operator = "+" | "-" | "*" | "/" | "^" | "neg" | "<" | ">" | "<=" | ">=" | "==" | "!=" | "and" | "or" | "not";

/** Functions an equation may call; each maps to Math (pow to a faster power, see core/power). */
export const functionNames = ["exp", "log", "min", "max", "abs", "sqrt", "pow", "integral"] as const;
export type FunctionName = (typeof functionNames)[number];

// mathjs's operator functions and the operators they are written with.
const operators: Record<string, Operator> = {
  add: "+",
  subtract: "-",
  multiply: "*",
  divide: "/",
  pow: "^",
  unaryMinus: "neg",
  smaller: "<",
  larger: ">",
  smallerEq: "<=",
  largerEq: ">=",
  equal: "==",
  unequal: "!=",
  and: "and",
  or: "or",
  not: "not"
};

/** The parts of a mathjs node the conversion reads (mathjs itself is not imported here). */
interface MathNodeLike {
  type: string;
  value?: unknown;
  name?: string;
  fn?: string | {name?: string};
  op?: string;
  args?: MathNodeLike[];
  content?: MathNodeLike;
  condition?: MathNodeLike;
  trueExpr?: MathNodeLike;
  falseExpr?: MathNodeLike;
}

/**
 * Converts a parsed mathjs expression into an Expression, refusing what the model's equations
 * may not use (assignments, objects, arrays, units, strings, unknown functions).
 *
 * @param node a mathjs node (from math.parse)
 * @param where the equation, for the error message
 * @throws Error naming the equation and the construct
 * @example fromMathNode(math.parse("a * exp(-b)"), "x") // {type: "operator", op: "*", ...}
 */
export function fromMathNode(node: MathNodeLike, where: string): Expression {
  switch (node.type) {
    case "ConstantNode":
      if (typeof node.value !== "number" || !Number.isFinite(node.value)) throw new Error(`model: ${where}: only finite numbers may be constants, got ${JSON.stringify(node.value)}`);
      return {type: "number", value: node.value};
    case "SymbolNode":
      return {type: "symbol", name: node.name!};
    case "ParenthesisNode":
      return fromMathNode(node.content!, where);
    case "OperatorNode": {
      const fn = typeof node.fn === "string" ? node.fn : "";
      const args = node.args!.map((a) => fromMathNode(a, where));
      if (fn === "unaryPlus") return args[0];
      const op = operators[fn];
      if (!op) throw new Error(`model: ${where}: the operator ${node.op} is not allowed in equations`);
      return {type: "operator", op, args};
    }
    case "FunctionNode": {
      const name = typeof node.fn === "object" ? node.fn.name : undefined;
      if (!name || !(functionNames as readonly string[]).includes(name)) {
        throw new Error(`model: ${where}: ${name ?? "this"}() is not a function equations may call; they may call ${functionNames.join(", ")}`);
      }
      return {type: "call", fn: name as FunctionName, args: node.args!.map((a) => fromMathNode(a, where))};
    }
    case "ConditionalNode":
      return {type: "conditional", condition: fromMathNode(node.condition!, where), whenTrue: fromMathNode(node.trueExpr!, where), whenFalse: fromMathNode(node.falseExpr!, where)};
    default:
      throw new Error(`model: ${where}: ${node.type.replace(/Node$/, "").toLowerCase()} expressions are not allowed in equations`);
  }
}
