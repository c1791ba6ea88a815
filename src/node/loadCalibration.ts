import {readFileSync} from "node:fs";
import type {CalibrationResult} from "../engine/index.js";
import {calibrationSchema, checkSchema} from "./dataSchema.js";

/** data/calibration.json: what `shapan calibrate` wrote. */
export type CalibrationRecord = CalibrationResult & {description: string; fitted: string};

/**
 * Reads data/calibration.json (the calibrated point, the posterior sample, diagnostics and the
 * report), checked against its schema; undefined when there is none. loadData keeps only the
 * point; `shapan mc --calibrated` and the site's calibration page read the rest.
 *
 * @throws Error naming the file and the field for a malformed file
 * @example loadCalibration()?.sample.draws.length // 1000
 */
export function loadCalibration(): CalibrationRecord | undefined {
  let text: string;
  try {
    text = readFileSync(new URL("../../data/calibration.json", import.meta.url), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`data/calibration.json is not valid JSON: ${(error as Error).message}`);
  }
  return checkSchema("data/calibration.json", calibrationSchema, value) as unknown as CalibrationRecord;
}
