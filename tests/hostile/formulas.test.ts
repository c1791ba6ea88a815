import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {ScenarioError} from "../../src/engine/scenario/scenarioError.js";
import {nodeFormulas} from "../../src/node/formulas.js";
import {cli} from "../support/cli.js";

const compile = nodeFormulas();

// Each formula the issue found crashing, and what the CLI now says: exit 2, one line naming the lever.
describe("hostile formulas through the CLI: exit 2, one line naming the lever", () => {
  it.each([
    ["max()", "levers.talent formula calls max() with 0 arguments; it takes at least 1"],
    ["0.1 | 0.2", "levers.talent formula may not use the operator |; allowed: "],
    ["round(0.1, 99)", "levers.talent formula cannot be evaluated at t = 2023: Number of decimals in function round must be an integer from 0 to 15 inclusive"],
    ['min("5 cm", 1)', 'levers.talent formula may not use the string "5 cm"; allowed: '],
    ['"5 cm" to "inch"', "levers.talent formula may not use the operator to; allowed: "],
    ["5 cm", "levers.talent formula may only use the variable t (and pi, e), not cm"],
    ["[1, 2]", "levers.talent formula may not use arrays"],
    ["ones(2)", "levers.talent formula may not call ones()"],
    ["t > 2025", "levers.talent formula must give a number, got a boolean (false) at t = 2023"],
    ["sqrt(-t)", "levers.talent formula must give a number, got a complex number at t = 2023"],
    ["null", "levers.talent formula may not use null"],
    ["5!", "levers.talent formula may not use the operator !"],
    ["t'", "levers.talent formula may not use the operator '"],
    ["1; 2", "levers.talent formula may not use several expressions"],
    ["pow(2)", "levers.talent formula calls pow() with 1 argument; it takes 2"],
    ["constructor(1)", "levers.talent formula may not call constructor()"],
    [Array(3000).fill("0.0003*t").join("+"), "levers.talent formula is 26999 characters long; at most 1000 are allowed"],
    [`${"(".repeat(40)}1${")".repeat(40)}`, "levers.talent formula nests brackets 40 deep; at most 32 levels are allowed"]
  ])("%.40s", async (formula, message) => {
    const {code, stdout, stderr} = await cli("run", "--annual", "--to", "2024", "--set", `talent=${formula}`);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith(`shapan run: ${message}`), stderr).toBe(true);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

// Formulas built from the grammar's tokens, the forbidden ones included: compiling and evaluating
// either gives a number or throws a ScenarioError naming the field; never anything else.
const token = fc.oneof(
  fc.constantFrom("t", "pi", "e", "x", "cm", "i", "true", "null", '"5 cm"', "'a'"),
  fc.double({min: -1e6, max: 1e6, noNaN: true}).map(String),
  fc.constantFrom("0", "1", "2023", "99", "1e400", "-0"),
  fc.constantFrom("+", "-", "*", "/", "^", "mod", "%", "|", "&", "!", "'", "==", "<", ">=", "and", "or", "not", "to", "?", ":", ",", ";", ".", "=", "..", "??", ".*"),
  fc.constantFrom("(", ")", "[", "]", "{", "}"),
  fc.constantFrom("max(", "min(", "round(", "pow(", "log(", "sqrt(", "mod(", "abs(", "floor(", "ones(", "import(", "evaluate(", "f(")
);
const formula = fc.array(token, {minLength: 1, maxLength: 25}).map((tokens) => tokens.join(" "));

describe("any formula the grammar admits gives a number or a ScenarioError", () => {
  it("holds for 1,500 random formulas, evaluated at several t", () => {
    fc.assert(
      fc.property(formula, (source) => {
        try {
          const f = compile(source, "levers.x");
          for (const t of [2023, 2030.5, 2100]) expect(typeof f(t)).toBe("number");
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(ScenarioError);
          expect((error as ScenarioError).field).toBe("levers.x");
        }
      }),
      {numRuns: 1500, seed: 12}
    );
  });
  it("well-formed formulas still work", () => {
    expect(compile("min(0.8, max(0, 0.05 * (t - 2023)))", "levers.x")(2030)).toBeCloseTo(0.35, 12);
    expect(compile("round(t / 3, 2)", "levers.x")(2024)).toBe(674.67);
    // A 111-term sum (999 characters) is within the limits.
    expect(compile(Array(111).fill("0.001*t").join("+"), "levers.x")(2023)).toBeCloseTo(224.553, 9);
  });
});
