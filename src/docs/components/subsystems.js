// A subsystem's name in the reader's language, from the engine's declarations.
import {pick} from "./i18n.js";

/**
 * A subsystem's name: the label of the block with its id (each subsystem has one), else the id.
 *
 * @param {{structure: {blocks: readonly {id: string, label: {zh: string, en: string}}[]}}} engine
 * @param {string} subsystem e.g. "compute"
 * @example subsystemLabel(engine, "compute") // "算力" in Chinese
 */
export function subsystemLabel(engine, subsystem) {
  const block = engine.structure.blocks.find((b) => b.id === subsystem);
  return block ? pick(block.label, subsystem) : subsystem;
}
