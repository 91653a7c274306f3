import { describe, expect, it } from 'vitest';
import type { ApplyEvent } from '../src/apply';
import type { Io } from '../src/cli/io';
import { applyProgress } from '../src/cli/progress';

// Apply's live progress on a terminal: what the screen shows, and what each event writes.
const ESC = '\u001b';

function terminal(): { io: Io; writes: string[]; screen(): string[] } {
  const writes: string[] = [];
  const io: Io = {
    stdout: () => {},
    stderr: (t) => writes.push(t),
    isTTY: true,
    color: false,
    env: {},
    cwd: '/',
  };
  // Enough of a terminal for the progress's codes: cursor up, clear line, text, newline.
  const screen = () => {
    const rows: string[] = [];
    let at = 0;
    for (const [i, piece] of writes.join('').split(ESC).entries()) {
      let text = piece;
      if (i > 0) {
        const [code, n, kind] = /^\[(\d+)([AK])/.exec(piece)!;
        if (kind === 'A') at -= Number(n);
        else rows[at] = '';
        text = piece.slice(code.length);
      }
      for (const ch of text) {
        if (ch === '\n') at++;
        else rows[at] = (rows[at] ?? '') + ch;
      }
    }
    return rows.map((r) => r.trimEnd());
  };
  return { io, writes, screen };
}

const started = (job: string): ApplyEvent => ({
  type: 'step-started',
  job,
  index: 0,
  step: { kind: 'await-running' },
});
const polled = (job: string, s: number): ApplyEvent => ({
  type: 'poll-progress',
  job,
  what: 'job status',
  attempt: 1,
  elapsedMs: s * 1000,
});
const done = (job: string): ApplyEvent => ({
  type: 'job-done',
  job,
  change: { job, action: 'create', outcome: 'applied' },
});

describe('apply progress on a terminal', () => {
  it('keeps a live line per job under way and prints each job once it is done', () => {
    const t = terminal();
    const p = applyProgress(t.io, (s) => s);
    p.onEvent(started('a'));
    p.onEvent(started('b'));
    p.onEvent(polled('a', 1));
    expect(t.screen()).toEqual([
      'a                        wait until the new job is RUNNING … job status 1.0s',
      'b                        wait until the new job is RUNNING',
    ]);
    p.onEvent(done('b'));
    p.onEvent(started('c'));
    p.onEvent(done('a'));
    p.onEvent(polled('c', 2));
    expect(t.screen()).toEqual([
      'b                        create applied',
      'a                        create applied',
      'c                        wait until the new job is RUNNING … job status 2.0s',
    ]);
    p.onEvent(done('c'));
    p.done();
    expect(t.screen().slice(2)).toEqual(['c                        create applied']);
  });

  it('redraws only the jobs in flight, however many jobs the run has done', () => {
    const t = terminal();
    const p = applyProgress(t.io, (s) => s);
    for (let i = 0; i < 200; i++) {
      const job = `job_${i}`;
      p.onEvent(started(job));
      p.onEvent(polled(job, 1));
      p.onEvent(done(job));
    }
    // Each event writes the one job in flight, and a done job's line once.
    expect(Math.max(...t.writes.map((w) => w.split('\n').length - 1))).toBe(1);
    expect(t.screen()).toHaveLength(200);
    expect(t.screen()[199]).toBe('job_199                  create applied');
  });
});

describe('apply progress in a plain log (CI)', () => {
  it('says every 30 s what a step still waits for and what Flink answered last, never more often', () => {
    const writes: string[] = [];
    const io: Io = {
      stdout: () => {},
      stderr: (t) => writes.push(t),
      isTTY: false,
      color: false,
      env: {},
      cwd: '/',
    };
    const p = applyProgress(io, (s) => s.replace('s3cr3t', '***'));
    const wait = (s: number, progress?: string): ApplyEvent => ({
      type: 'poll-progress',
      job: 'alpha',
      what: 'savepoint of job 1b4c',
      attempt: s,
      elapsedMs: s * 1000,
      ...(progress ? { progress } : {}),
    });
    p.onEvent(started('alpha'));
    for (const s of [1, 5, 12, 29]) p.onEvent(wait(s, 'IN_PROGRESS'));
    expect(writes).toEqual([]);
    p.onEvent(wait(31, 'connect ECONNREFUSED 127.0.0.1:8081 token s3cr3t'));
    p.onEvent(wait(45));
    p.onEvent(wait(62));
    expect(writes).toEqual([
      'alpha: still waiting for savepoint of job 1b4c (31.0s; last answer: connect ECONNREFUSED 127.0.0.1:8081 token ***)\n',
      'alpha: still waiting for savepoint of job 1b4c (62.0s)\n',
    ]);
    // A new wait (the step finished, another began) counts from its own start.
    p.onEvent({
      type: 'step-finished',
      job: 'alpha',
      index: 0,
      step: { kind: 'await-running' },
      ok: true,
      elapsedMs: 62_000,
    });
    writes.length = 0;
    p.onEvent(wait(10));
    p.onEvent(wait(33, 'IN_PROGRESS'));
    expect(writes).toEqual([
      'alpha: still waiting for savepoint of job 1b4c (33.0s; last answer: IN_PROGRESS)\n',
    ]);
  });
});

describe('apply progress of a job with nothing to do', () => {
  it('says nothing of it when the run is interrupted before it was reached', () => {
    // Real Flink 1.20.3, Ctrl-C during an upgrade of 18 of 30 jobs: the log said
    // "job_13: none interrupted" of a job the plan left alone and the report did not list.
    for (const isTTY of [false, true]) {
      const writes: string[] = [];
      const io: Io = {
        stdout: () => {},
        stderr: (t) => writes.push(t),
        isTTY,
        color: false,
        env: {},
        cwd: '/',
      };
      const p = applyProgress(io, (s) => s);
      p.onEvent({
        type: 'job-done',
        job: 'idle',
        change: { job: 'idle', action: 'none', outcome: 'interrupted' },
      });
      p.onEvent({
        type: 'job-done',
        job: 'checked',
        change: { job: 'checked', action: 'none', did: 'verify', outcome: 'applied' },
      });
      expect(writes.join('')).not.toContain('idle');
      expect(writes.join('')).toContain('checked');
    }
  });
});
