// Serves data/backtest.json (written by `shapan backtest --out data/backtest.json`: a fit and a
// projection take about a minute, too long for every build) to the backtest page.
import {readFileSync} from "node:fs";

const text = readFileSync(new URL("../../../data/backtest.json", import.meta.url), "utf8");
const backtest = JSON.parse(text);
if (!Array.isArray(backtest.scored) || typeof backtest.score?.coverage !== "number") throw new Error("data/backtest.json has no scores: run `shapan backtest --format json --out data/backtest.json`");
process.stdout.write(JSON.stringify(backtest));
