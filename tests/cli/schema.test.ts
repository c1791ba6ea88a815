import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {scenarioJsonSchema} from "../../src/cli/commands/listings.js";
import {data} from "../helpers.js";

describe("data/scenario.schema.json", () => {
  const committed = JSON.parse(readFileSync(new URL("../../data/scenario.schema.json", import.meta.url), "utf8"));
  it("is what `shapan schema` generates from the declarations (regenerate with `npx shapan schema --out data/scenario.schema.json`)", () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
  it("names every lever and parameter with its range", () => {
    expect(Object.keys(committed.properties.levers.properties)).toEqual(data.levers.map((l) => l.id));
    const life = committed.properties.parameters.properties.accelerator_life;
    expect([life.minimum, life.maximum]).toEqual([1, 15]);
  });
});
