import {describe, expect, it} from "vitest";
import {expandExpression, expandId} from "../../src/engine/model/expandTemplate.js";

const members = {sector: ["a", "b"], kind: ["g", "i"], region: ["bj", "sh"]};

describe("expandId", () => {
  it("gives one id per combination of the placeholders", () => {
    expect(expandId("p_<region>_<kind>", members).map((x) => x.id)).toEqual(["p_bj_g", "p_bj_i", "p_sh_g", "p_sh_i"]);
    expect(expandId("plain", members)).toEqual([{id: "plain", bindings: {}}]);
  });
});

describe("expandExpression", () => {
  it("binds the defined id's placeholders and sums over the others", () => {
    expect(expandExpression("sum(x_<kind>) * a_<region>", {region: "bj"}, members, "e")).toBe("((x_g) + (x_i)) * a_bj");
    expect(expandExpression("sum(w_<region>_<kind>)", {kind: "g"}, members, "e")).toBe("((w_bj_g) + (w_sh_g))");
  });
  it("keeps each term whole, so a conditional term does not swallow the next", () => {
    expect(expandExpression("sum(p_<kind> > 0 ? q_<kind> : 0)", {}, members, "e")).toBe("((p_g > 0 ? q_g : 0) + (p_i > 0 ? q_i : 0))");
  });
  it("sums over two dimensions at once, and nests", () => {
    expect(expandExpression("sum(m_<sector> * s_<sector>_<kind>)", {}, members, "e")).toBe("((m_a * s_a_g) + (m_a * s_a_i) + (m_b * s_b_g) + (m_b * s_b_i))");
    expect(expandExpression("sum(x_<region> * sum(y_<region>_<kind>))", {}, members, "e")).toBe("((x_bj * ((y_bj_g) + (y_bj_i))) + (x_sh * ((y_sh_g) + (y_sh_i))))");
  });
  it("refuses a loose placeholder, a sum over nothing and unbalanced parentheses, naming the equation", () => {
    expect(() => expandExpression("x_<kind>", {}, members, "b: v")).toThrow("model: b: v: <kind> is neither in the defined id nor inside sum()");
    expect(() => expandExpression("sum(x)", {}, members, "b: v")).toThrow("model: b: v: sum(x) ranges over no dimension");
    expect(() => expandExpression("sum(x_<kind>", {}, members, "b: v")).toThrow("model: b: v: unbalanced parentheses");
    expect(() => expandExpression("sum(x_<colour>)", {}, members, "b: v")).toThrow("<colour> names no dimension");
  });
});
