import {describe, expect, it} from "vitest";
import {compareGoal} from "../../src/engine/goals/compareGoal.js";
import {parseGoal} from "../../src/engine/goals/parseGoal.js";

describe("compareGoal", () => {
  it("gives the slack on the good side and whether the goal holds", () => {
    expect(compareGoal(parseGoal("x@2030 >= 100"), 120)).toEqual({value: 120, met: true, slack: 20});
    expect(compareGoal(parseGoal("x@2030 > 100"), 100)).toEqual({value: 100, met: false, slack: 0});
    expect(compareGoal(parseGoal("x@2030 <= 0"), 5)).toEqual({value: 5, met: false, slack: -5});
    expect(compareGoal(parseGoal("x@2030 < 1"), 0)).toEqual({value: 0, met: true, slack: 1});
  });
});
