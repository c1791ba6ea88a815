// Types of mathjs.js, the bundle scripts/bundle-site.mjs makes of mathjsEntry.js.
import type {MathJsModule} from "../../engine/index.js";

declare const math: MathJsModule;
export default math;
