import {engine} from "../../index.js";
import type {Command} from "../command.js";
import {UsageError} from "../usageError.js";

export const model: Command = {
  usage: "[--equations | --code] [--out FILE]",
  options: {equations: {type: "boolean"}, code: {type: "boolean"}, out: {type: "string", short: "o"}},
  help: {
    equations: "every equation, dimension placeholders and sums expanded, with its unit",
    code: "the JavaScript the equations compile to (what every run executes)",
    out: "write to FILE (atomically; - for stdout) instead of stdout"
  },
  async run(values, _positionals, _io, open) {
    if (values.equations && values.code) throw new UsageError("--equations and --code are exclusive: choose one");
    const output = open(values.out as string | undefined, "text");
    const {structure, model: compiled} = engine;
    let text: string;
    if (values.code) text = compiled.code;
    else if (values.equations) {
      text = structure.blocks
        .map((b) => {
          const lines = structure.equations
            .filter((e) => e.block === b.id)
            .map((e) => {
              const left = e.role === "derivative" ? `d(${e.defines})/dt` : e.role === "initial" ? `${e.defines}(2023)` : e.defines;
              return `${left} = ${e.expression}    [${e.unit}${e.role === "derivative" ? "/year" : ""}]`;
            });
          return `# ${b.id}: ${b.label.en} (${b.label.zh})\n${lines.join("\n")}\n`;
        })
        .join("\n");
    } else {
      text = `Shapan model ${compiled.key}: ${structure.blocks.length} blocks (${structure.blocks.map((b) => b.id).join(", ")})
${structure.stocks.length} stocks, ${structure.equations.filter((e) => e.role === "variable").length} variables, ${structure.outputs.length} outputs
reads ${compiled.parameters.length} parameters and ${compiled.levers.length} levers; hoists ${compiled.scalars - compiled.parameters.length} terms of parameters and ${compiled.curves} curves of levers and time out of the step
Run \`shapan model --equations\` for the equations, \`shapan model --code\` for the code.
`;
    }
    await output.write(text);
  }
};
