/**
 * Apply progress for people: on a TTY one live line per job under way, redrawn in place, and a
 * line for each job once it is done; otherwise plain lines, one per finished step, so CI logs
 * read top to bottom.
 */
import { type ApplyEvent, describeStep, reportedAction } from '../apply';
import { lockWaitLine } from '../render/progress';
import type { Io } from './io';

export function applyProgress(
  io: Io,
  mask: (s: string) => string,
): { onEvent(e: ApplyEvent): void; done(): void } {
  const dim = (s: string) => (io.color ? `\x1b[2m${s}\x1b[22m` : s);
  // Jobs with nothing to do only bring the store up to date: not worth a line each.
  const quiet = new Set<string>();
  const isQuiet = (e: ApplyEvent) => {
    if (e.type === 'lock-wait') return false;
    if (e.type === 'step-started' && e.step.kind === 'sync-record') quiet.add(e.job);
    // A job with nothing to do that a Ctrl-C reached before its record step: nothing happened to it.
    if (e.type === 'job-done' && e.change.action === 'none' && !e.change.did) return true;
    return quiet.has(e.job);
  };
  if (!io.isTTY) {
    // A CI log otherwise shows nothing while a step waits (a savepoint may take 10 minutes):
    // one line per job every WAITING_EVERY_MS of a wait says what it waits for and what Flink said last.
    const waiting = new Map<string, number>();
    return {
      onEvent(e) {
        if (isQuiet(e)) return;
        switch (e.type) {
          case 'poll-progress': {
            const key = `${e.job}\u0000${e.what}`;
            // A new wait for the same thing (a retriggered savepoint) counts from its own start.
            const shown = Math.min(waiting.get(key) ?? 0, e.elapsedMs);
            waiting.set(key, shown);
            if (e.elapsedMs - shown < WAITING_EVERY_MS) break;
            waiting.set(key, e.elapsedMs);
            const last = e.progress ? `; last answer: ${mask(e.progress)}` : '';
            io.stderr(`${e.job}: still waiting for ${e.what} (${seconds(e.elapsedMs)}${last})\n`);
            break;
          }
          case 'step-finished':
            for (const key of waiting.keys()) if (key.startsWith(`${e.job}\u0000`)) waiting.delete(key);
            io.stderr(
              `${e.job}: ${describeStep(e.step)} … ${e.ok ? 'done' : e.interrupted ? 'interrupted' : 'failed'} (${seconds(e.elapsedMs)})\n`,
            );
            break;
          case 'rollback-started':
            io.stderr(`${e.job}: rolling back: ${mask(e.reason)}\n`);
            break;
          case 'lock-wait':
            io.stderr(`${lockWaitLine(e.holder, e.timeoutMs)}\n`);
            break;
          case 'job-done':
            io.stderr(`${e.job}: ${reportedAction(e.change)} ${e.change.outcome}\n`);
            break;
          default:
            break;
        }
      },
      done() {},
    };
  }
  // The jobs under way have a live line each, redrawn in place; a finished job's last line is
  // printed once above them and leaves the live block. An event redraws the jobs in flight (at
  // most the parallelism), never every job of the run: with hundreds of jobs the block would be
  // taller than the screen, and each event would write all of them.
  const lines = new Map<string, string>();
  let drawn = 0;
  const row = (job: string, text: string) => `\x1b[2K${job.padEnd(24)} ${text}\n`;
  const redraw = (finished?: string) => {
    let out = drawn ? `\x1b[${drawn}A` : '';
    if (finished !== undefined) out += finished;
    for (const [job, text] of lines) out += row(job, text);
    drawn = lines.size;
    io.stderr(out);
  };
  return {
    onEvent(e) {
      if (isQuiet(e)) return;
      switch (e.type) {
        case 'step-started':
          lines.set(e.job, describeStep(e.step));
          break;
        case 'poll-progress':
          lines.set(
            e.job,
            `${lines.get(e.job)?.split(' …')[0] ?? e.what} … ${dim(`${e.what} ${seconds(e.elapsedMs)}`)}`,
          );
          break;
        case 'rollback-started':
          lines.set(e.job, `rolling back: ${mask(e.reason)}`);
          break;
        case 'lock-wait':
          // Before any job's line: printed above the (still empty) live block.
          io.stderr(`${lockWaitLine(e.holder, e.timeoutMs)}\n`);
          return;
        case 'job-done':
          lines.delete(e.job);
          redraw(row(e.job, `${reportedAction(e.change)} ${e.change.outcome}`));
          return;
        default:
          return;
      }
      redraw();
    },
    done() {
      drawn = 0;
    },
  };
}

/** How often a plain log says that a step still waits. */
const WAITING_EVERY_MS = 30_000;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
