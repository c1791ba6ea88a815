import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {idsPath, idsSource} from "../../scripts/generate-ids.mjs";
import {data, engine} from "../helpers.js";

describe("src/engine/ids.ts", () => {
  it("is what scripts/generate-ids.mjs makes of the declarations (regenerate with `npm run ids`)", () => {
    const generated = idsSource({levers: data.levers, parameters: data.parameters, scenarios: Object.keys(data.scenarios), outputs: engine.outputs});
    expect(readFileSync(idsPath, "utf8")).toBe(generated);
  });
  it("lists every lever, parameter, output and preset", () => {
    const text = readFileSync(idsPath, "utf8");
    for (const id of [...data.levers.map((l) => l.id), ...data.parameters.map((p) => p.id), ...engine.outputs.map((o) => o.id), ...Object.keys(data.scenarios)]) expect(text).toContain(`"${id}"`);
  });
});
