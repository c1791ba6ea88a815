import {randomBytes} from "node:crypto";
import {accessSync, closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, renameSync, type Stats, statSync, unlinkSync, writeSync} from "node:fs";
import {basename, dirname, extname, resolve} from "node:path";
import type {Io, OpenOutput, Output} from "./command.js";
import {UsageError} from "./usageError.js";

/** File extensions that name a format; an --out with one of them must hold that format. */
const formatExtensions = new Set(["csv", "json"]);

/** Signals after which a temporary file is removed before the process dies of the signal. */
const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * The format an --out path's extension names ("csv" for a.CSV), or undefined.
 *
 * @example extensionFormat("out/p.json") // "json"
 */
export function extensionFormat(path: string | undefined): string | undefined {
  const ext = path === undefined ? "" : extname(path).slice(1).toLowerCase();
  return formatExtensions.has(ext) ? ext : undefined;
}

/** Bytes written between two turns of the event loop, so a signal is handled during a long write. */
const chunkBytes = 1 << 20;

/**
 * The outputs of one CLI invocation. `open` checks an --out path before any work: its directory
 * exists and is writable, the target is absent or a writable regular file (a symbolic link, a
 * directory, a FIFO or a device is refused: --out promises a complete file or none, which only a
 * rename onto a regular file gives; `--out -` and a shell redirection write anywhere else), and
 * its extension agrees with the format. `write` creates the temporary file exclusively, under a
 * random name in the target's directory, fills it, syncs it and renames it over the target.
 *
 * Signals: while a command computes, SIGINT, SIGTERM and SIGHUP keep their default action (the
 * process dies at once, and no temporary file exists yet). While a file is written they are
 * handled: the temporary file is removed and the signal raised again, so the process still dies
 * of it (a shell reports 130 for Ctrl-C, 143 for SIGTERM). `discard` removes every
 * temporary file not yet renamed (main calls it whatever happened).
 *
 * @param io stdout for `--out -` or no --out; stderr for the "wrote FILE" note
 * @example const files = outputFiles(io); await files.open("p.csv", "csv").write(text); files.discard();
 */
export function outputFiles(io: Io): {open: OpenOutput; discard(): void} {
  const pending = new Map<string, number>();
  const onSignal = (signal: NodeJS.Signals) => {
    discard();
    process.kill(process.pid, signal);
  };
  function discard(): void {
    for (const [temporary, fd] of pending) {
      try {
        if (fd >= 0) closeSync(fd);
      } catch {}
      try {
        unlinkSync(temporary);
      } catch {}
    }
    pending.clear();
    for (const signal of signals) process.removeListener(signal, onSignal);
  }
  function open(path: string | undefined, format: string): Output {
    if (path === undefined || path === "-") return {write: async (text) => io.stdout(text)};
    if (path.trim() === "") throw new UsageError("--out must name a file, or - for stdout");
    if (/[\\/]$/.test(path)) throw new UsageError(`--out ${path} names a directory; give a file name`);
    const named = extensionFormat(path);
    if (named !== undefined && named !== format) throw new UsageError(`--out ${path} names a .${named} file, but the output is ${format}; name the file to match the format`);
    const target = resolve(path);
    checkTarget(path, target);
    return {
      async write(text) {
        for (const signal of signals) process.on(signal, onSignal);
        // Shortened so that a target name near the 255-byte limit still leaves room for the suffix.
        const temporary = resolve(dirname(target), `.${basename(target).slice(0, 200)}.${randomBytes(8).toString("hex")}.tmp`);
        try {
          const existing = checkTarget(path, target);
          // wx: O_CREAT | O_EXCL, so nothing planted under the name (a symbolic link) is followed.
          const fd = openSync(temporary, "wx", 0o666);
          pending.set(temporary, fd);
          // A replaced file keeps its permissions (the umask would otherwise apply).
          if (existing) fchmodSync(fd, existing.mode & 0o777);
          const bytes = Buffer.from(text);
          for (let at = 0; at < bytes.length; ) {
            at += writeSync(fd, bytes, at, Math.min(chunkBytes, bytes.length - at));
            if (at < bytes.length) await turn();
          }
          fsyncSync(fd);
          closeSync(fd);
          pending.set(temporary, -1);
          // Checked again: the target may have changed while the command ran.
          checkTarget(path, target);
          renameSync(temporary, target);
          pending.delete(temporary);
          // A signal that came during the last synchronous stretch is handled now, with nothing left to remove.
          await turn();
          await turn();
        } catch (error) {
          throw error instanceof UsageError ? error : new UsageError(`--out ${path} cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        } finally {
          discard();
        }
        io.stderr(`shapan: wrote ${path}\n`);
      }
    };
  }
  return {open, discard};
}

/** One turn of the event loop (its poll phase included), where Node emits the signals it caught. */
function turn(): Promise<void> {
  return new Promise((done) => setImmediate(done));
}

/** Refuses a target that is not absent or a writable regular file in a writable directory; returns its stats when it exists. */
function checkTarget(path: string, target: string): Stats | undefined {
  const refuse = (why: string): never => {
    throw new UsageError(`--out ${path} ${why}`);
  };
  const directory = dirname(target);
  let folder: Stats;
  try {
    folder = statSync(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === "ENOENT" ? `cannot be written: the directory ${directory} does not exist` : `cannot be written: ${directory} is not accessible (${code})`);
  }
  if (!folder.isDirectory()) refuse(`cannot be written: ${directory} is not a directory`);
  if (!writable(directory, folder, constants.W_OK | constants.X_OK)) refuse(`cannot be written: the directory ${directory} is not writable`);
  let stats: Stats;
  try {
    stats = lstatSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    return refuse(`cannot be written: ${code}`);
  }
  if (stats.isSymbolicLink()) refuse("is a symbolic link; give the path of the file it points to (a link is never replaced or written through)");
  if (stats.isDirectory()) refuse("is a directory; give a file name");
  if (!stats.isFile()) refuse(`is ${stats.isFIFO() ? "a FIFO" : stats.isSocket() ? "a socket" : "a device"}, not a regular file; use --out - and redirect instead`);
  if (!writable(target, stats, constants.W_OK)) refuse("is read-only; it is not replaced");
  return stats;
}

/**
 * Whether the permissions allow writing. root passes every access check, so for root a file or
 * directory without any write bit counts as read-only too: chmod a-w means "leave it alone".
 */
function writable(path: string, stats: Stats, mode: number): boolean {
  try {
    accessSync(path, mode);
  } catch {
    return false;
  }
  return process.getuid?.() !== 0 || (stats.mode & 0o222) !== 0;
}
