import {describe, expect, test} from "vitest";
import {engine, feedbackLoops, type Link} from "../../src/index.js";

const link = (from: string, to: string, polarity: "+" | "-" = "+"): Link => ({from, to, polarity});

describe("feedbackLoops", () => {
  test("finds each elementary cycle once, with its polarity", () => {
    const loops = feedbackLoops([link("a", "b"), link("b", "a", "-"), link("b", "c"), link("c", "a"), link("c", "d")]);
    expect(loops.map((l) => [l.variables.join(">"), l.polarity])).toEqual([
      ["a>b", "balancing"],
      ["a>b>c", "reinforcing"]
    ]);
  });
  test("a graph without cycles has no loops", () => {
    expect(feedbackLoops([link("a", "b"), link("b", "c"), link("a", "c")])).toEqual([]);
  });
  test("the model has the compute-scarcity balancing loop the seed describes", () => {
    const loops = feedbackLoops(engine.structure.blocks.flatMap((b) => b.links));
    // Whichever variable the loop is listed from.
    const scarcity = loops.find((l) => [...l.variables].sort().join(">") === "compute_demand_pflops>compute_gap_pflops>compute_price_index");
    expect(scarcity?.polarity).toBe("balancing");
    expect(loops.length).toBeGreaterThan(1);
  });
});
