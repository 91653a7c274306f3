/**
 * Reading the Action's git-backed state from a local clone: `git show <ref>:<project>/<env>.json`
 * and the branch's commit log (the audit trail), without any GitHub token.
 */
import { type Diagnostic, error } from '../core/diagnostics';
import { parseStateFile, type StateDoc } from '../state';

export interface BranchState {
  doc?: StateDoc;
  location: string;
  /** Audit commits touching this environment's files, newest first: `sha date subject`. */
  log: string[];
  diags: Diagnostic[];
}

function git(dir: string, args: string[]): string | undefined {
  try {
    const { execFileSync } = process.getBuiltinModule('node:child_process');
    return execFileSync('git', ['-C', dir, ...args], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    }).toString('utf8');
  } catch {
    return undefined;
  }
}

export function readStateBranch(
  dir: string,
  opts: { branch: string; remote: string; project: string; env: string },
): BranchState {
  const refs = [`${opts.remote}/${opts.branch}`, opts.branch];
  const ref = refs.find((r) => git(dir, ['rev-parse', '--verify', '--quiet', `${r}^{commit}`]) !== undefined);
  if (!ref)
    return {
      location: opts.branch,
      log: [],
      diags: [
        error(
          'FO810',
          `no state branch '${opts.branch}' in this clone`,
          `Fetch it first: git fetch ${opts.remote} ${opts.branch}. The GitHub Action creates it on its first apply.`,
        ),
      ],
    };
  // The current layout, then the one older versions wrote.
  const paths = [`${opts.project}/${opts.env}.json`, `${opts.env}.json`];
  for (const path of paths) {
    const text = git(dir, ['show', `${ref}:${path}`]);
    if (text === undefined) continue;
    const location = `${ref}:${path}`;
    const parsed = parseStateFile(text, location, { project: opts.project, env: opts.env });
    const log = (
      git(dir, [
        'log',
        '--format=%h %ad %s',
        '--date=iso-strict',
        ref,
        '--',
        `${opts.project}/${opts.env}.json`,
        `${opts.project}/${opts.env}.last-apply.json`,
        `${opts.env}.json`,
      ]) ?? ''
    )
      .split('\n')
      .filter(Boolean);
    return parsed.ok
      ? { doc: parsed.file.state, location, log, diags: [] }
      : { location, log, diags: parsed.diags };
  }
  return {
    location: `${ref}:${paths[0]}`,
    log: [],
    diags: [
      error(
        'FO810',
        `no state for ${opts.project}/${opts.env} on ${ref}`,
        'Nothing has been applied to this environment by the Action yet, or --env names another environment.',
      ),
    ],
  };
}
