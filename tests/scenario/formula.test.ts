import {describe, expect, it} from "vitest";
import {nodeFormulas} from "../../src/node/formulas.js";

const compileFormula = nodeFormulas();

describe("compileFormula", () => {
  it("evaluates arithmetic, functions and conditionals in t", () => {
    expect(compileFormula("0.1 * (t - 2023)", "levers.x")(2025)).toBeCloseTo(0.2, 15);
    expect(compileFormula("min(0.8, 0.1 + 0.05 * (t - 2023))", "levers.x")(2040)).toBe(0.8);
    expect(compileFormula("t < 2025 ? 0.5 : 0.9", "levers.x")(2026)).toBe(0.9);
    expect(compileFormula("exp(-(t - 2023)) * pi", "levers.x")(2023)).toBeCloseTo(Math.PI, 15);
  });
  it.each([
    ["import({x: 1})", /may not call import\(\)/],
    ["createUnit('foo')", /may not call createUnit\(\)/],
    ["evaluate('1')", /may not call evaluate\(\)/],
    ["parse('1')", /may not call parse\(\)/],
    ["simplify('t')", /may not call simplify\(\)/],
    ["derivative('t', 't')", /may not call derivative\(\)/],
    ["x = 2", /may not use assignment/],
    ["f(x) = x", /may not use assignment/],
    ["t.constructor", /may not use property access/],
    ["{a: 1}", /may not use objects/],
    ["[1, 2]", /may not use arrays/],
    ["y + 1", /may only use the variable t/],
    ["2023:2025", /may not use arrays/]
  ])("rejects %s", (source, message) => {
    expect(() => compileFormula(source, "levers.x")).toThrow(message);
  });
  it("names the field in errors and reports syntax errors", () => {
    expect(() => compileFormula("0.5 *", "levers.compute_subsidy")).toThrow(/^levers\.compute_subsidy is not a valid formula in t/);
  });
  it("requires a number", () => {
    expect(() => compileFormula("t > 2025", "levers.x")(2030)).toThrow(/must give a number/);
  });
});
