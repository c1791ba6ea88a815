import {all, create, type MathNode, type Unit} from "mathjs";
import {describe, expect, it} from "vitest";
import {data, engine} from "../helpers.js";

// MODEL.md: every parameter and variable declares its unit, and the equations are dimensionally
// consistent. Each equation is evaluated with every symbol replaced by 1 of its declared unit.
const math = create(all);
math.createUnit("RMB");
math.createUnit("bnRMB", "1e9 RMB");
math.createUnit("PFLOPS");
math.createUnit("provider");
math.createUnit("tender");
math.createUnit("programme");

const {sectors, kinds, layers, regions} = data.dimensions;
const expand = (s: string) =>
  s
    .replace(/<sector>/g, sectors[0].id)
    .replace(/<kind>/g, kinds[0].id)
    .replace(/<layer>/g, layers[0].id)
    .replace(/<region>/g, regions[0].id);

const units = new Map<string, string>([
  ["tau", "year"],
  ["t", "year"],
  ...data.parameters.map((p) => [p.id, p.unit] as [string, string]),
  ...data.levers.map((l) => [l.id, l.unit] as [string, string]),
  ...engine.outputs.map((o) => [o.id, o.unit] as [string, string]),
  ...engine.structure.stocks.map((s) => [s.id, s.unit] as [string, string]),
  ...engine.structure.blocks.flatMap((b) => (b.auxiliaries ?? []).map((a) => [a.id, a.unit] as [string, string]))
]);

const quantity = (unit: string): Unit | number => (unit === "1" ? 1 : math.unit(1, unit));
const sameDimension = (a: Unit | number, b: Unit | number) => {
  const dimensionless = (x: Unit | number) => typeof x === "number" || x.equalBase(math.unit(1, "m/m") as Unit);
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
  const equations = engine.structure.blocks.flatMap((b) => b.equations.map((e) => [b.id, e] as const));
  it.each(equations.map(([block, e]) => [`${block}: ${e.defines}`, e] as const))("%s is dimensionally consistent", (_name, equation) => {
    const tree: MathNode = math.parse(expand(equation.expression));
    // max and min need operands of one dimension; a literal 0 is of every dimension.
    const extreme = (a: Unit | number, b: Unit | number) => {
      if (a === 0) return b;
      if (b === 0) return a;
      if (!sameDimension(a, b)) throw new Error(`max/min of ${String(a)} and ${String(b)}`);
      return a;
    };
    const scope: Record<string, unknown> = {sum: (x: unknown) => x, max: extreme, min: extreme};
    tree.traverse((node, path, parent) => {
      if (node.type !== "SymbolNode" || (parent?.type === "FunctionNode" && path === "fn")) return;
      const name = (node as unknown as {name: string}).name;
      const unit = units.get(name);
      if (unit === undefined) throw new Error(`${name} declares no unit`);
      scope[name] = quantity(unit);
    });
    const defined = units.get(expand(equation.defines));
    expect(defined, `${equation.defines} declares no unit`).toBeDefined();
    const result = tree.evaluate(scope) as Unit | number;
    const expected = equation.derivative ? math.divide(quantity(defined!), math.unit(1, "year")) : quantity(defined!);
    expect(sameDimension(result, expected as Unit | number), `${equation.defines}: ${String(result)} vs ${String(expected)}`).toBe(true);
  });
});
