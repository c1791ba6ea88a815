// The declared lever signs checked against the model at build time (checkSigns): the sweep at the
// calibrated point and under 20 posterior draws, a modest number so the build stays fast (`shapan
// signs` and tests/model/signs.test.ts check 50). Without a usable posterior sample the page shows
// the point alone and says why.
import {checkSigns, data, engine, modelDraws, type SampleDraws} from "../../index.js";
import {loadCalibration} from "../../node/loadCalibration.js";

const rows = 20;
let draws: SampleDraws | undefined;
let note: string | undefined;
try {
  const calibration = loadCalibration();
  if (calibration)
    draws = modelDraws(
      calibration.sample,
      data.parameters.map((p) => p.id),
      {rows: Math.min(rows, calibration.sample.draws.length)}
    );
  else note = "data/calibration.json is missing: run `shapan calibrate --out data/calibration.json`";
} catch (error) {
  note = (error as Error).message;
}
const {cells, net} = checkSigns(engine, data.signs!, {draws});
process.stdout.write(JSON.stringify({draws: draws?.draws.length ?? 0, note, cells: cells.map(({values: _values, ...c}) => c), net}));
