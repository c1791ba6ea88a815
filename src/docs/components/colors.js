// One colour per series across the whole site: an output has the same colour on every page, and
// so does a preset. Okabe–Ito without its black and yellow (black reads as the "scenario" key and
// vanishes in dark mode; yellow is too light on white), plus a brown for a seventh headline.
import {headlineOutputs} from "./engine.js";

export const palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#A6761D"];

/**
 * Levers, drawn together in the attribution's wedges: nine need nine colours, so Paul Tol's
 * colour-blind-safe "muted" scheme rather than the palette.
 */
export const leverPalette = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"];

/**
 * A lever's colour: its place among the declared levers.
 *
 * @param {readonly {id: string}[]} levers data.levers
 * @param {string} id
 */
export function leverColor(levers, id) {
  return leverPalette[
    Math.max(
      0,
      levers.findIndex((l) => l.id === id)
    ) % leverPalette.length
  ];
}

/** The baseline when it is compared as a scenario of its own: a neutral grey, dashed. */
export const baselineColor = "#8A8A8A";

/**
 * An output's colour: the headline outputs take the palette in their order, other outputs the
 * palette in declaration order (they are drawn one to a chart).
 *
 * @param {readonly {id: string}[]} outputs engine.outputs
 * @param {string} id
 * @example outputColor(engine.outputs, "market_bn_rmb") // "#0072B2"
 */
export function outputColor(outputs, id) {
  const headline = /** @type {readonly string[]} */ (headlineOutputs).indexOf(id);
  if (headline >= 0) return palette[headline % palette.length];
  const index = outputs.findIndex((o) => o.id === id);
  return palette[Math.max(0, index) % palette.length];
}

/**
 * A preset's colour: the baseline grey, the others the palette in the order of data/scenarios;
 * scenarios from files follow them.
 *
 * @param {string[]} presets preset ids, in data order
 * @param {string} id a preset id, or any other key (a file's name) for the next free colour
 * @param {number} [extra] the position of a scenario that is not a preset
 */
export function scenarioColor(presets, id, extra = 0) {
  if (id === "baseline") return baselineColor;
  const others = presets.filter((p) => p !== "baseline");
  const index = others.indexOf(id);
  return palette[(index >= 0 ? index : others.length + extra) % palette.length];
}
