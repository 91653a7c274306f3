/**
 * The commit HEAD points at, read from the repository's files (`.git/HEAD`, loose refs,
 * packed-refs; linked worktrees and submodules through their `gitdir:` file), so a plan does
 * not spawn `git` (~30 ms) for a label. Anything unusual answers undefined and the caller asks
 * git itself.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The git directory of the repository containing `dir` (a `.git` directory or `gitdir:` file);
 * null when there is none up to the root, undefined when a `.git` file cannot be read.
 */
function gitDir(dir: string): string | null | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const dotGit = join(d, '.git');
    let isDir: boolean | undefined;
    try {
      isDir = statSync(dotGit).isDirectory();
    } catch {
      isDir = undefined;
    }
    if (isDir) return dotGit;
    if (isDir === false) {
      const m = /^gitdir: (.+)$/m.exec(read(dotGit) ?? '');
      if (!m) return undefined;
      const p = m[1]!.trim();
      return isAbsolute(p) ? p : resolve(d, p);
    }
    if (dirname(d) === d) return null;
  }
}

function lookupRef(git: string, common: string, ref: string): string | undefined {
  for (const base of [git, common]) {
    const loose = read(join(base, ref))?.trim();
    if (loose !== undefined) return SHA.test(loose) ? loose : undefined;
  }
  for (const line of (read(join(common, 'packed-refs')) ?? '').split('\n')) {
    const [sha, name] = line.split(' ');
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return undefined;
}

/**
 * The commit HEAD of the repository containing `dir` names; null when no folder from `dir` up to
 * the root holds a `.git` (there is no repository to ask git about); undefined when HEAD cannot
 * be read here (an unborn branch, an unusual layout).
 */
export function headCommit(dir: string): string | null | undefined {
  const git = gitDir(dir);
  if (git === null) return null;
  if (!git) return undefined;
  const head = read(join(git, 'HEAD'))?.trim();
  if (!head) return undefined;
  if (SHA.test(head)) return head;
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  const commonFile = read(join(git, 'commondir'))?.trim();
  const common = commonFile ? resolve(git, commonFile) : git;
  return lookupRef(git, common, ref);
}
