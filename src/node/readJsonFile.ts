import {closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync} from "node:fs";
import {createRequire} from "node:module";
import {ScenarioError} from "../engine/index.js";

/** Largest JSON file read: a scenario is a few kilobytes; the limit stops /dev/zero-like inputs early. */
export const maximumJsonFileBytes = 1024 * 1024;

/**
 * A user's JSON file (a scenario, a targets file), or one clear error naming the flag or field it
 * came from. Only a regular file of at most 1 MB is read: a FIFO, a device or a directory is
 * refused before it is opened for reading, so nothing hangs or runs away. A UTF-8 byte order
 * mark is accepted; text that is not UTF-8 is refused; a JSON error gives its line and column.
 *
 * @param path the file
 * @param field what the file was given as, e.g. "scenario" or "--targets"
 * @throws ScenarioError for a missing, unreadable, special, oversized, non-UTF-8 or invalid JSON file
 * @example readJsonFile("my.json", "scenario") // the parsed JSON
 */
export function readJsonFile(path: string, field: string): unknown {
  const fail = (why: string): never => {
    throw new ScenarioError(field, `file ${path} ${why}`);
  };
  let fd: number;
  try {
    // stat first: opening a FIFO with no writer would block; O_NONBLOCK covers a swap in between.
    checkRegular(statSync(path), fail);
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let bytes: Buffer;
  try {
    checkRegular(fstatSync(fd), fail);
    // Read one byte past the limit, so a file that grew since fstat is caught too.
    const buffer = Buffer.alloc(maximumJsonFileBytes + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maximumJsonFileBytes) fail(`is larger than ${maximumJsonFileBytes / 1024 / 1024} MB`);
    bytes = buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    closeSync(fd);
  }
  let text: string;
  try {
    // The decoder drops a leading byte order mark.
    text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    return fail("is not UTF-8 text");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON: ${describeJsonError(text, (error as Error).message)}`);
  }
}

function checkRegular(stats: Stats, fail: (why: string) => never): void {
  if (stats.isFile()) {
    if (stats.size > maximumJsonFileBytes) fail(`is larger than ${maximumJsonFileBytes / 1024 / 1024} MB (${stats.size} bytes)`);
    return;
  }
  const kind = stats.isDirectory()
    ? "a directory"
    : stats.isFIFO()
      ? "a FIFO"
      : stats.isCharacterDevice()
        ? "a character device"
        : stats.isBlockDevice()
          ? "a block device"
          : stats.isSocket()
            ? "a socket"
            : "not a file";
  fail(`is ${kind}, not a regular file`);
}

/**
 * "line 3, column 1: property name expected": V8's messages give no line and often no position,
 * so the first error's offset comes from jsonc-parser, loaded only when a file fails to parse.
 */
function describeJsonError(text: string, message: string): string {
  const jsonc = createRequire(import.meta.url)("jsonc-parser") as typeof import("jsonc-parser");
  const errors: import("jsonc-parser").ParseError[] = [];
  jsonc.parse(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
  if (errors.length === 0) return message;
  const {error, offset} = errors[0];
  const before = text.slice(0, offset).split("\n");
  const what = jsonc
    .printParseErrorCode(error)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return `line ${before.length}, column ${before[before.length - 1].length + 1}: ${what}`;
}
