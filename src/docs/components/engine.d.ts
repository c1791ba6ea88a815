// Types of engine.js, the bundle scripts/bundle-site.mjs makes of engineExports.ts.
export * from "./engineExports.js";
