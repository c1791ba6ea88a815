// Types of scenarioCheck.js, the bundle scripts/bundle-site.mjs makes of the engine's scenario schema.
export * from "../../engine/scenario/schema.js";
