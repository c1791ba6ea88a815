// Goal seek off the main thread: a few thousand model runs take a second or more, so the page
// posts the request here and shows the progress this worker reports. The page terminates the
// worker when its inputs change (goalSeek cannot be interrupted from inside).
import {goalSeek, lastYear, parseGoal} from "./engine.js";
import {resolveWithFormulas, siteEngine} from "./siteEngine.js";

self.onmessage = async ({data: request}) => {
  try {
    const engine = siteEngine(request.data);
    await resolveWithFormulas(engine, request.scenario);
    const outputs = engine.outputs.map((o) => o.id);
    const goals = request.goals.map((/** @type {string} */ text, /** @type {number} */ i) => parseGoal(text, {outputs, years: [2023, lastYear], field: `goal ${i + 1}`}));
    const result = goalSeek(engine, {
      goals,
      levers: request.levers,
      objective: request.objective,
      budget: request.budget,
      scenario: request.scenario,
      startYear: request.startYear,
      horizonEnd: request.horizonEnd,
      onProgress: (evaluations) => postMessage({progress: evaluations})
    });
    postMessage({result});
  } catch (error) {
    postMessage({error: /** @type {Error} */ (error).message});
  }
};
