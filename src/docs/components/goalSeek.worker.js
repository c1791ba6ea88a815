// Goal seek off the main thread: a few thousand model runs take a second or more, so the page
// posts the request here and shows the progress this worker reports. The page terminates the
// worker when its inputs change (goalSeek cannot be interrupted from inside).
import {createEngine, goalSeek, lastYear, parseGoal} from "./engine/index.js";

self.onmessage = ({data: request}) => {
  try {
    const engine = createEngine(request.data);
    const outputs = engine.outputs.map((o) => o.id);
    const goals = request.goals.map((text, i) => parseGoal(text, {outputs, years: [2023, lastYear], field: `goal ${i + 1}`}));
    const result = goalSeek(engine, {
      goals,
      levers: request.levers,
      objective: request.objective,
      budget: request.budget,
      scenario: request.scenario,
      startYear: request.startYear,
      onProgress: (evaluations) => postMessage({progress: evaluations})
    });
    postMessage({result});
  } catch (error) {
    postMessage({error: error.message});
  }
};
