import {all, create, type MathNode, type Unit} from "mathjs";
import {describe, expect, it} from "vitest";
import {data, engine} from "../helpers.js";

// MODEL.md: every parameter and variable declares its unit, and the equations are dimensionally
// consistent. Each concrete equation (the compiler's own, sums expanded) is evaluated with every
// symbol replaced by 1 of its declared unit.
const math = create(all);
math.createUnit("RMB");
math.createUnit("bnRMB", "1e9 RMB");
math.createUnit("PFLOPS");
math.createUnit("provider");
math.createUnit("tender");
math.createUnit("programme");
math.createUnit("service");
math.createUnit("Ttok");
math.createUnit("Mtok", "1e-6 Ttok");

const {structure} = engine;
const units = new Map<string, string>([
  ["tau", "year"],
  ["t", "year"],
  ["dt", "year"],
  ...data.parameters.map((p) => [p.id, p.unit] as [string, string]),
  ...data.levers.map((l) => [l.id, l.unit] as [string, string]),
  ...Object.entries(structure.dimensionData).map(([name, d]) => [name, d.unit] as [string, string]),
  ...structure.equations.filter((e) => e.role !== "derivative").map((e) => [e.defines, e.unit] as [string, string])
]);

const quantity = (unit: string): Unit | number => (unit === "1" ? 1 : math.unit(1, unit));
const dimensionless = (x: Unit | number) => typeof x === "number" || typeof x === "boolean" || x.equalBase(math.unit(1, "m/m") as Unit);
const sameDimension = (a: Unit | number, b: Unit | number) => {
  if (dimensionless(a) || dimensionless(b)) return dimensionless(a) && dimensionless(b);
  return (a as Unit).equalBase(b as Unit);
};

describe("units", () => {
  it("every declared unit parses", () => {
    for (const [id, unit] of units) expect(() => quantity(unit), id).not.toThrow();
  });
  it("the check rejects inconsistent equations", () => {
    expect(() => math.evaluate("a + b", {a: quantity("PFLOPS"), b: quantity("bnRMB/year")})).toThrow(/Units do not match/);
    expect(sameDimension(quantity("PFLOPS/year") as Unit, quantity("PFLOPS") as Unit)).toBe(false);
    expect(sameDimension(quantity("bnRMB/year/provider") as Unit, math.divide(quantity("bnRMB/year"), quantity("provider")) as Unit)).toBe(true);
  });
  it.each(structure.equations.map((e) => [`${e.block}: ${e.role} of ${e.defines}`, e] as const))("%s is dimensionally consistent", (_name, equation) => {
    // A condition's branches must agree in dimension, and so must a comparison's sides (a literal 0
    // is of every dimension): both become functions that check that.
    const comparisons = new Set(["smaller", "larger", "smallerEq", "largerEq", "equal", "unequal"]);
    const convert = (root: MathNode): MathNode =>
      root.transform((node) => {
        if (node.type === "ConditionalNode") {
          const c = node as unknown as {condition: MathNode; trueExpr: MathNode; falseExpr: MathNode};
          return new math.FunctionNode("either", [c.condition, c.trueExpr, c.falseExpr].map(convert));
        }
        if (node.type === "OperatorNode" && comparisons.has((node as unknown as {fn: string}).fn)) {
          return new math.FunctionNode("compare", (node as unknown as {args: MathNode[]}).args.map(convert));
        }
        return node;
      });
    const tree = convert(math.parse(equation.expression));
    // max and min need operands of one dimension; a literal 0 is of every dimension. A condition's
    // branches must agree; exp and log take dimensionless arguments; integral multiplies by years.
    const extreme = (...xs: Array<Unit | number>) => {
      const nonZero = xs.filter((x) => x !== 0);
      for (const x of nonZero) if (!sameDimension(x, nonZero[0])) throw new Error(`max/min of ${String(x)} and ${String(nonZero[0])}`);
      return nonZero[0] ?? 0;
    };
    const scalar = (name: string) => (x: Unit | number) => {
      if (!dimensionless(x)) throw new Error(`${name} of ${String(x)}`);
      return 1;
    };
    const scope: Record<string, unknown> = {
      max: extreme,
      min: extreme,
      exp: scalar("exp"),
      log: scalar("log"),
      integral: (x: Unit | number) => math.multiply(x, math.unit(1, "year")),
      either: (_condition: unknown, a: Unit | number, b: Unit | number) => extreme(a, b),
      compare: (a: Unit | number, b: Unit | number) => (extreme(a, b), 1)
    };
    tree.traverse((node, path, parent) => {
      if (node.type !== "SymbolNode" || (parent?.type === "FunctionNode" && path === "fn")) return;
      const name = (node as unknown as {name: string}).name;
      const unit = units.get(name);
      if (unit === undefined) throw new Error(`${name} declares no unit`);
      scope[name] = quantity(unit);
    });
    const result = tree.evaluate(scope) as Unit | number;
    // A literal 0 is of every dimension.
    if (result === 0) return;
    const expected = equation.role === "derivative" ? math.divide(quantity(equation.unit), math.unit(1, "year")) : quantity(equation.unit);
    expect(sameDimension(result, expected as Unit | number), `${equation.defines}: ${String(result)} vs ${String(expected)}`).toBe(true);
  });
});
