import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostic, error, hasErrors } from '../../core/diagnostics';
import { didYouMean, meantSuffix } from '../../core/names';
import { parseYaml } from '../../load';
import {
  type HistoryEntry,
  LEGACY_HISTORY_ACTIONS,
  renamedTo,
  type StateDoc,
  stateStoreDiagnostics,
} from '../../state';
import { boolOpt, type ParsedArgs, parseCommandArgs, stringOpt, UsageError } from '../args';
import { fileStore } from '../cluster-options';
import type { Command } from '../command';
import { projectDir, reportDiagnostics } from '../context';
import { EXIT, type Io } from '../io';
import { readStateBranch } from '../state-branch';
import { commandEnv, environmentsOf } from './project-envs';

/**
 * `flinkops history [JOB]`: what the state store remembers of a job (or of every job): each
 * deploy, savepoint, rescale, suspend and rollback, oldest first. The GitHub Action's git
 * backend keeps the same entries; its branch's commit log is the audit trail on top.
 */
export const historyCommand: Command = {
  help: [
    'Usage: flinkops history [JOB] [--env NAME] [--dir DIR] [--state-file PATH | --state-branch BRANCH] [--json]',
    '',
    'Lists the history entries the state store keeps per job: time, action, commit, job id, savepoint.',
    'Actions: create, upgrade, rescale, suspend, resume, recover, delete, adopt (a change carried out);',
    '<action>-failed and rollback; stable (the new version passed its health check); finished (a batch',
    'job’s run ended FINISHED, and how long it ran); sync (the store caught up with the cluster);',
    'savepoint-<kind> (upgrade, suspend, rescale, delete: taken by a stop),',
    'savepoint (periodic or manual, the job kept running), savepoint-failed, savepoint-recovered (found',
    'after an interrupted run); stopped-by-cancel (no savepoint possible); dispose (retention).',
    '  --state-branch BRANCH  read the state the GitHub Action keeps on that branch of this clone',
    '                         (e.g. flinkops-state; `git fetch origin flinkops-state` first), and',
    '                         list its audit commits',
    '  --remote NAME          remote of the state branch (default origin; a local branch also works)',
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      {
        'state-file': { type: 'string' },
        'state-branch': { type: 'string' },
        remote: { type: 'string' },
      },
      Number.POSITIVE_INFINITY,
    );
    const dir = projectDir(args, io);
    const json = boolOpt(args, 'json');
    const env = commandEnv(args, io, dir, json);
    if (env === undefined) return EXIT.error;
    const unknown = unknownEnvironment(args, io, dir, env);
    if (unknown) {
      if (json) io.stdout(`${JSON.stringify({ diagnostics: [unknown] }, null, 2)}\n`);
      else reportDiagnostics(io, dir, [unknown]);
      return EXIT.error;
    }
    // With --json, a run that stops early prints its diagnostics as one document on stdout too.
    const stopped = (diags: Diagnostic[]) => {
      if (json) io.stdout(`${JSON.stringify({ diagnostics: diags }, null, 2)}\n`);
      else reportDiagnostics(io, dir, diags);
      return EXIT.error;
    };
    const [job, ...rest] = args.positionals;
    if (rest.length > 0)
      throw new UsageError(`history takes at most one job name, got ${args.positionals.length}`);
    const named = projectName(dir);
    if (Array.isArray(named)) {
      // Not a project name the store could be checked against (FO803 would name a rename that is
      // not one): the YAML error itself.
      if (json) io.stdout(`${JSON.stringify({ diagnostics: named }, null, 2)}\n`);
      else reportDiagnostics(io, dir, named);
      return EXIT.error;
    }
    const project = named;
    const branch = stringOpt(args, 'state-branch');
    let doc: StateDoc;
    let location: string;
    let audit: string[] = [];
    if (branch) {
      const read = readStateBranch(dir, {
        branch,
        remote: stringOpt(args, 'remote') ?? 'origin',
        project,
        env,
      });
      if (!read.doc) return stopped(read.diags);
      doc = read.doc;
      location = read.location;
      audit = read.log;
    } else {
      const store = fileStore(args, io, dir)(project, env);
      location = store.location;
      try {
        doc = (await store.read()).doc;
      } catch (e) {
        const diags = stateStoreDiagnostics(e);
        if (!diags) throw e;
        return stopped(diags);
      }
    }
    const names = job ? [job] : Object.keys(doc.jobs).sort();
    if (job && !doc.jobs[job]) {
      const known = Object.keys(doc.jobs).sort();
      const to = renamedTo(doc, job);
      const text =
        `No job '${job}' in the state store ${location}${meantSuffix(job, known)} (known: ${known.join(', ') || 'none'}).` +
        (to
          ? ` It was renamed to ${to} (movedFrom): flinkops history ${to} shows its history, the rename included.`
          : '');
      if (!json) {
        io.stderr(`${text}\n`);
        return EXIT.error;
      }
      return stopped([error('FO720', `no job '${job}' in the state store ${location}`, text)]);
    }
    const rows = names.flatMap((name) => (doc.jobs[name]?.history ?? []).map((h) => ({ job: name, ...h })));
    rows.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    if (json) {
      io.stdout(`${JSON.stringify(branch ? { history: rows, audit } : rows, null, 2)}\n`);
      return EXIT.ok;
    }
    if (rows.length === 0) {
      io.stdout(`No history in ${location}.\n`);
      return EXIT.ok;
    }
    io.stdout(renderHistory(rows, { showJob: !job }));
    if (audit.length) {
      io.stdout(`\nAudit commits on ${branch} (newest first):\n`);
      for (const line of audit) io.stdout(`  ${line}\n`);
    }
    return EXIT.ok;
  },
};

/**
 * The project name flinkops.yaml gives, for the store's check; the file's YAML errors when it
 * cannot be read as YAML. A missing file (or a name that is not one) leaves the store to say so.
 */
function projectName(dir: string): string | Diagnostic[] {
  const path = join(dir, 'flinkops.yaml');
  let text: string;
  try {
    // A named pipe would block the read.
    if (!statSync(path).isFile()) return 'project';
    text = readFileSync(path, 'utf8');
  } catch {
    return 'project';
  }
  const parsed = parseYaml('flinkops.yaml', text);
  if (hasErrors(parsed.diags)) return parsed.diags;
  return String((parsed.value?.data as { project?: unknown } | undefined)?.project);
}

/**
 * An environment flinkops.yaml does not define and no state file of the project is named by:
 * a typo (`--env prdo`) would otherwise read as an empty history. A retired environment whose
 * state file is still there (or one named by --state-file, FLINKOPS_STATE_FILE or
 * --state-branch) is read as before.
 */
function unknownEnvironment(args: ParsedArgs, io: Io, dir: string, env: string): Diagnostic | undefined {
  if (stringOpt(args, 'state-branch') || stringOpt(args, 'state-file') || io.env.FLINKOPS_STATE_FILE)
    return undefined;
  const names = environmentsOf(dir);
  if (names.length === 0 || names.includes(env)) return undefined;
  const state = join(dir, '.flinkops', 'state', env);
  if (existsSync(`${state}.json`) || existsSync(`${state}.journal`)) return undefined;
  const hint = didYouMean(env, names);
  return error(
    'FO240',
    `Unknown environment "${env}"`,
    (hint ? `Did you mean "${hint}"? ` : '') +
      `Environments in flinkops.yaml: ${names.join(', ')}; there is no state file .flinkops/state/${env}.json either.`,
  );
}

interface HistoryRow extends HistoryEntry {
  job: string;
}

/** One line per entry, columns aligned to the widest value; older stores' action names as today's. */
export function renderHistory(rows: readonly HistoryRow[], opts: { showJob: boolean }): string {
  const action = (r: HistoryRow) => LEGACY_HISTORY_ACTIONS[r.action] ?? r.action;
  const jobWidth = Math.max(...rows.map((r) => r.job.length));
  const actionWidth = Math.max(...rows.map((r) => action(r).length));
  const lines = rows.map((r) => {
    const cols = [r.time, ...(opts.showJob ? [r.job.padEnd(jobWidth)] : []), action(r).padEnd(actionWidth)];
    const facts = [
      r.commit ? `commit ${r.commit.slice(0, 12)}` : '',
      r.jobId ? `job ${r.jobId}` : '',
      r.savepoint ? `savepoint ${r.savepoint}` : '',
      r.detail ?? '',
    ].filter(Boolean);
    return [...cols, facts.join(' · ')].join('  ').trimEnd();
  });
  const head = ['TIME'.padEnd(rows[0]?.time.length ?? 24), ...(opts.showJob ? ['JOB'.padEnd(jobWidth)] : [])];
  head.push('ACTION'.padEnd(actionWidth), 'DETAILS');
  return `${[head.join('  '), ...lines].join('\n')}\n`;
}
