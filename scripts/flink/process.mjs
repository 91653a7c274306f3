// Process helpers the cluster and its services share: start a detached child whose PID is recorded
// in the run, check that a recorded PID is still one of ours, stop it by PID.
import { execFile, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/** Whether `pid` is alive and still one of ours: its command line or environment names `marker`. */
export function ownsPid(pid, marker) {
  if (!pid || !marker) return false;
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmd.includes(marker)) return true;
    return readFileSync(`/proc/${pid}/environ`, 'utf8').includes(marker);
  } catch {
    return false;
  }
}

/** Sends `signal` to the process group led by `pid` (detached children lead one), else to `pid`. */
export function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    kill(pid, signal);
  }
}

function kill(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {}
}

/**
 * Starts `cmd` detached, in its own process group, output appended to `logFile`; returns the child.
 * `uid`/`gid` run it as another user (the caller must be root).
 */
export function launch(cmd, args, { logFile, cwd, env, uid, gid }) {
  const out = openSync(logFile, 'a');
  const child = spawn(cmd, args, {
    cwd,
    env,
    uid,
    gid,
    detached: true,
    stdio: ['ignore', out, out],
  });
  child.on('error', () => {});
  child.unref();
  return child;
}

/**
 * Stops the given `{pid, marker}` processes: `signal` first, KILL after `graceMs`. Only PIDs that
 * still belong to the run (ownsPid) are signalled. Returns those that were alive.
 */
export async function stopPids(procs, { signal = 'SIGTERM', graceMs = 15_000 } = {}) {
  const alive = procs.filter((p) => ownsPid(p.pid, p.marker));
  for (const p of alive) {
    // A server that manages its own children (PostgreSQL) wants the signal on its main process only.
    if (p.group === false) kill(p.pid, p.signal ?? signal);
    else signalGroup(p.pid, p.signal ?? signal);
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && alive.some((p) => ownsPid(p.pid, p.marker))) await sleep(200);
  for (const p of alive) if (ownsPid(p.pid, p.marker)) signalGroup(p.pid, 'SIGKILL');
  return alive;
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** The last `n` lines of a log file, for a diagnostic. */
export function tail(file, n = 20) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * `export KEY=VALUE` lines for `eval "$(…)"`: exported, so the commands run after it (npx
 * flinkops, psql) see them; a value with anything but safe characters is single-quoted.
 */
export function exportLines(vars) {
  const quote = (v) => (/^[\w@%+=:,./-]*$/.test(v) ? v : `'${v.replaceAll("'", "'\\''")}'`);
  return Object.entries(vars)
    .map(([k, v]) => `export ${k}=${quote(String(v))}\n`)
    .join('');
}

/** The variables in `export KEY=VALUE` (or `KEY=VALUE`) lines, as exportLines writes them. */
export function parseExportLines(text) {
  const env = {};
  for (const line of text.split('\n')) {
    const m = /^(?:export\s+)?([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (!m) continue;
    const v = m[2];
    env[m[1]] = v.startsWith("'") && v.endsWith("'") ? v.slice(1, -1).replaceAll("'\\''", "'") : v;
  }
  return env;
}
