// Observable Framework site config. The site must build and run fully offline:
// no implicit/npm: imports in pages, and no default Google Fonts stylesheet.
export default {
  root: "src/docs",
  title: "Shapan 沙盘",
  // Only list pages that exist; tests/browser/pages.test.ts loads every entry.
  pages: [
    {name: "Overview", path: "/"},
    {name: "Scenario explorer", path: "/explorer"},
    {name: "Compare", path: "/compare"},
    {name: "Uncertainty", path: "/uncertainty"},
    {name: "Sensitivity", path: "/sensitivity"},
    {name: "Attribution", path: "/attribution"},
    {name: "Calibration", path: "/calibration"},
    {name: "Goal seek", path: "/goal-seek"},
    {name: "Method", path: "/method"},
    {name: "Sources", path: "/sources"}
  ],
  // Replaces the default list, a Google Fonts stylesheet: the site makes no third-party request.
  globalStylesheets: ["observablehq:stdlib/inputs.css"],
  search: false,
  footer: "Shapan 沙盘 — scenario notebooks for China's large-model industry."
};
