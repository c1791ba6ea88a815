// mathjs's single-file browser build, re-exported as an ES module: scripts/bundle-site.mjs bundles
// this into mathjs.js, which siteEngine.js imports only when a formula lever is used.
import math from "mathjs/lib/browser/math.js";

export default math;
