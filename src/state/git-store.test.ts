import { describe, expect, it } from 'vitest';
import { MemoryGit } from '../../test/support/memory-git';
import type { Clock } from '../core/clock';
import { serializeStateFile } from './document';
import { GitStateStore } from './git-store';
import { GitHubApiError } from './github-port';
import { emptyState } from './model';
import { updateJob } from './records';
import {
  StateConflictError,
  StateLockedError,
  StateLockLostError,
  StateStoreError,
  staleLockWarning,
} from './store';

function fakeClock(start = Date.UTC(2025, 0, 1)): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    advance(ms: number) {
      now += ms;
    },
  } as Clock & { advance(ms: number): void };
}

function store(git: MemoryGit, clock = fakeClock(), trailers: string[] = [], project = 'rides') {
  return new GitStateStore({
    api: git,
    branch: 'flinkops-state',
    project,
    env: 'prod',
    clock,
    trailers,
  });
}

/** One commit on the state branch setting `files` (path → text), as an earlier version left it. */
async function commitFiles(git: MemoryGit, files: Record<string, string>, message = 'x') {
  const head = git.refs.get('flinkops-state');
  const changes = await Promise.all(
    Object.entries(files).map(async ([path, text]) => ({ path, sha: await git.createBlob(text) })),
  );
  const base = head ? (await git.getCommit(head)).tree : undefined;
  const tree = await git.createTree(base, changes);
  const sha = await git.createCommit({ message, tree, parents: head ? [head] : [] });
  if (head) await git.updateRef('flinkops-state', sha);
  else await git.createRef('flinkops-state', sha);
}

/** A state document as flinkops wrote it before documents moved to `<project>/`. */
const legacyDoc = (project: string, version: number, jobs: string[]) =>
  serializeStateFile({
    version,
    updatedAt: '2024-12-01T00:00:00.000Z',
    message: 'apply',
    state: jobs.reduce((d, j) => running(d, j), emptyState(project, 'prod')),
  });

const running = (doc: ReturnType<typeof emptyState>, job: string) =>
  updateJob(doc, job, (r) => ({ ...r, status: 'running' }));

describe('GitStateStore', () => {
  it('reads a missing branch as the empty state at version 0', async () => {
    const s = store(new MemoryGit());
    expect(await s.read()).toEqual({ doc: emptyState('rides', 'prod'), version: 0 });
    expect(s.location).toBe('flinkops-state:rides/prod.json');
  });

  it('says what its last write did and when (a stale plan’s refusal names it)', async () => {
    const git = new MemoryGit();
    const s = store(git);
    expect(await s.lastWrite()).toBeUndefined();
    await s.write(running(emptyState('rides', 'prod'), 'orders'), 0, { message: 'apply: create orders' });
    expect(await s.lastWrite()).toEqual({
      message: 'apply: create orders',
      time: '2025-01-01T00:00:00.000Z',
    });
    // A writer that read before that write is refused, and told which write came in between.
    const err = await s.write(emptyState('rides', 'prod'), 0, { message: 'late' }).catch((e) => e);
    expect(err).toBeInstanceOf(StateConflictError);
    expect(err.diagnostic.detail).toContain(
      'after this one read it (its last write, 2025-01-01T00:00:00.000Z: "apply: create orders")',
    );
  });

  it('creates the branch with an orphan commit on the first write, then commits on top of it', async () => {
    const git = new MemoryGit();
    const s = store(git, fakeClock(), ['Source-Commit: abc123', 'Pull-Request: #7']);
    const doc = running(emptyState('rides', 'prod'), 'orders');
    expect(await s.write(doc, 0, { message: 'apply: create orders' })).toEqual({ version: 1 });
    const first = git.refs.get('flinkops-state')!;
    expect((await git.getCommit(first)).parents).toEqual([]);
    expect(await s.write(running(doc, 'payments'), 1, { message: 'apply: create payments' })).toEqual({
      version: 2,
    });
    const second = await git.getCommit(git.refs.get('flinkops-state')!);
    expect(second.parents).toEqual([first]);
    expect(second.message).toContain('flinkops: apply: create payments');
    expect(second.message).toContain('Source-Commit: abc123');
    expect(second.message).toContain('Pull-Request: #7');
    const read = await store(git).read();
    expect(read.version).toBe(2);
    expect(Object.keys(read.doc.jobs)).toEqual(['orders', 'payments']);
    expect(JSON.parse(git.fileAt('flinkops-state', 'rides/prod.json')!).version).toBe(2);
  });

  it('refuses a stale write with StateConflictError and writes nothing', async () => {
    const git = new MemoryGit();
    const a = store(git);
    const b = store(git);
    await a.write(emptyState('rides', 'prod'), 0, { message: 'init' });
    await a.write(running(emptyState('rides', 'prod'), 'orders'), 1, { message: 'a' });
    const tip = git.refs.get('flinkops-state');
    await expect(
      b.write(running(emptyState('rides', 'prod'), 'x'), 1, { message: 'b' }),
    ).rejects.toBeInstanceOf(StateConflictError);
    expect(git.refs.get('flinkops-state')).toBe(tip);
  });

  it('loses the race at the ref update (422 not a fast forward) when another writer commits in between', async () => {
    const git = new MemoryGit();
    const a = store(git);
    const b = store(git);
    await a.write(emptyState('rides', 'prod'), 0, { message: 'init' });
    let raced = false;
    git.beforeUpdateRef = async () => {
      if (raced) return;
      raced = true;
      // b reads the same version and commits first.
      await b.write(running(emptyState('rides', 'prod'), 'b'), 1, { message: 'b wins' });
    };
    const err = await a.write(running(emptyState('rides', 'prod'), 'a'), 1, { message: 'a' }).catch((e) => e);
    expect(err).toBeInstanceOf(StateConflictError);
    expect(err.diagnostic.summary).toContain('run plan again');
    const read = await store(git).read();
    expect(read.version).toBe(2);
    expect(Object.keys(read.doc.jobs)).toEqual(['b']);
  });

  it('retries a write when the branch moved only for the lock', async () => {
    const git = new MemoryGit();
    const a = store(git);
    await a.write(emptyState('rides', 'prod'), 0, { message: 'init' });
    let raced = false;
    git.beforeUpdateRef = async () => {
      if (raced) return;
      raced = true;
      await store(git).lock({ who: 'other', command: 'apply' }, 60_000);
    };
    expect(await a.write(running(emptyState('rides', 'prod'), 'a'), 1, { message: 'a' })).toEqual({
      version: 2,
    });
    expect((await a.lockInfo())?.who).toBe('other');
  });

  it('says the branch keeps moving, not that another run wrote the state, when every ref update loses but the document stays', async () => {
    const git = new MemoryGit();
    const a = store(git);
    await a.write(emptyState('rides', 'prod'), 0, { message: 'init' });
    // Another writer keeps committing files beside the document (locks, audit records).
    let n = 0;
    let inside = false;
    git.beforeUpdateRef = async () => {
      if (inside) return;
      inside = true;
      await commitFiles(git, { 'rides/prod.last-apply.json': `{"n": ${n++}}\n` }, 'audit');
      inside = false;
    };
    const err = await a.write(running(emptyState('rides', 'prod'), 'a'), 1, { message: 'a' }).catch((e) => e);
    expect(err).toBeInstanceOf(StateStoreError);
    expect(err).not.toBeInstanceOf(StateConflictError);
    expect(err.diagnostic.code).toBe('FO808');
    expect(err.diagnostic.summary).toBe(
      'cannot write the state store flinkops-state:rides/prod.json: the branch keeps moving',
    );
    expect(err.diagnostic.summary).not.toMatch(/version 1, now 1/);
    const read = await store(git).read();
    expect(read.version).toBe(1);
  });

  it('locks with owner, since and expires; a second lock is refused until it expires', async () => {
    const git = new MemoryGit();
    const clock = fakeClock();
    const a = store(git, clock);
    const lock = await a.lock({ who: 'alice', command: 'apply' }, 60_000);
    expect(lock.info).toMatchObject({ who: 'alice', command: 'apply', since: '2025-01-01T00:00:00.000Z' });
    expect(JSON.parse(git.fileAt('flinkops-state', 'rides/prod.lock.json')!).expires).toBe(
      '2025-01-01T00:01:00.000Z',
    );
    const err = await store(git, clock)
      .lock({ who: 'bob', command: 'apply' }, 60_000)
      .catch((e) => e);
    expect(err).toBeInstanceOf(StateLockedError);
    expect(err.diagnostic.summary).toContain('alice');
    clock.advance(61_000);
    const bob = await store(git, clock).lock({ who: 'bob', command: 'apply' }, 60_000);
    expect(bob.replaced?.who).toBe('alice');
    await expect(a.renew(lock, 60_000)).rejects.toBeInstanceOf(StateLockLostError);
    await expect(a.unlock(lock)).rejects.toBeInstanceOf(StateLockLostError);
  });

  it('takes over at once the unexpired lock of a CI run that has ended, and only of one', async () => {
    const git = new MemoryGit();
    const clock = fakeClock();
    const held = await store(git, clock).lock({ who: 'ci', command: 'apply', run: '7/1' }, 900_000);
    expect(JSON.parse(git.fileAt('flinkops-state', 'rides/prod.lock.json')!).run).toBe('7/1');
    const asked: string[] = [];
    const next = (answer: (run: string) => Promise<boolean>) =>
      new GitStateStore({
        api: git,
        branch: 'flinkops-state',
        project: 'rides',
        env: 'prod',
        clock,
        runEnded: (run) => {
          asked.push(run);
          return answer(run);
        },
      });
    const owner = { who: 'ci', command: 'apply', run: '8/1' };
    // Still running, or no answer (the API refused, the token may not read runs): honoured.
    await expect(next(async () => false).lock(owner, 60_000)).rejects.toBeInstanceOf(StateLockedError);
    await expect(
      next(async () => {
        throw new Error('HTTP 403');
      }).lock(owner, 60_000),
    ).rejects.toBeInstanceOf(StateLockedError);
    expect(asked).toEqual(['7/1', '7/1']);
    // Ended (cancelled): taken over, and the replaced lock says why.
    const taken = await next(async (run) => run === '7/1').lock(owner, 60_000);
    expect(taken.replaced).toMatchObject({ id: held.info.id, run: '7/1', dead: true });
    expect(staleLockWarning(taken.replaced!, 'flinkops-state:rides/prod.json').summary).toContain(
      'that workflow run (7/1) has ended',
    );
    // A lock without a run (the CLI's) is never asked about.
    const cli = new MemoryGit();
    await store(cli, clock).lock({ who: 'alice', command: 'apply' }, 60_000);
    asked.length = 0;
    const s2 = new GitStateStore({
      api: cli,
      branch: 'flinkops-state',
      project: 'rides',
      env: 'prod',
      clock,
      runEnded: async (run) => {
        asked.push(run);
        return true;
      },
    });
    await expect(s2.lock(owner, 60_000)).rejects.toBeInstanceOf(StateLockedError);
    expect(asked).toEqual([]);
  });

  it('renews, unlocks and force-unlocks through commits', async () => {
    const git = new MemoryGit();
    const clock = fakeClock();
    const s = store(git, clock);
    const lock = await s.lock({ who: 'ci', command: 'apply' }, 60_000);
    clock.advance(30_000);
    const renewed = await s.renew(lock, 60_000);
    expect(renewed.info.expires).toBe('2025-01-01T00:01:30.000Z');
    await s.unlock(renewed);
    expect(await s.lockInfo()).toBeUndefined();
    const again = await s.lock({ who: 'ci', command: 'apply' }, 60_000);
    await expect(s.breakLock('wrong')).rejects.toBeInstanceOf(StateLockedError);
    expect((await s.breakLock(again.info.id))?.who).toBe('ci');
    expect(git.fileAt('flinkops-state', 'rides/prod.lock.json')).toBeUndefined();
    const log = await git.listCommits({ branch: 'flinkops-state', limit: 10 });
    expect(log.map((c) => c.message.split('\n')[0])).toEqual([
      'flinkops: force-unlock rides/prod: removed the lock of ci (apply)',
      'flinkops: lock rides/prod for apply by ci',
      'flinkops: unlock rides/prod',
      expect.stringContaining('flinkops: renew the lock of rides/prod'),
      'flinkops: lock rides/prod for apply by ci',
    ]);
  });

  it('records an apply as its own commit and lists the history of the document', async () => {
    const git = new MemoryGit();
    const s = store(git);
    await s.write(emptyState('rides', 'prod'), 0, { message: 'apply: create orders' });
    const lock = await s.lock({ who: 'ci', command: 'apply' }, 60_000);
    await s.unlock(lock);
    await s.recordApply({ changes: [] }, 'apply rides/prod: 1 created');
    expect(git.fileAt('flinkops-state', 'rides/prod.last-apply.json')).toContain('changes');
    const log = await s.log();
    expect(log.map((c) => c.message.split('\n')[0])).toEqual(['flinkops: apply: create orders']);
  });

  it('refuses to write a secret value to the branch', async () => {
    const git = new MemoryGit();
    const doc = updateJob(emptyState('rides', 'prod'), 'orders', (r) => ({
      ...r,
      history: [{ time: '2025-01-01T00:00:00Z', action: 'create', detail: 'password=hunter2-secret' }],
    }));
    await expect(
      store(git).write(doc, 0, { message: 'x', secretValues: ['hunter2-secret'] }),
    ).rejects.toBeInstanceOf(StateStoreError);
    expect(git.refs.size).toBe(0);
  });

  it('reports a corrupted document and API failures as diagnostics', async () => {
    for (const path of ['rides/prod.json', 'prod.json']) {
      const git = new MemoryGit();
      await commitFiles(git, { [path]: '{ nope' });
      const err = await store(git)
        .read()
        .catch((e) => e);
      expect(err, path).toBeInstanceOf(StateStoreError);
      expect(err.diagnostic.code).toBe('FO801');
      expect(err.diagnostic.summary).toContain(`flinkops-state:${path}`);
    }

    const denied = new MemoryGit();
    denied.getRef = async () => {
      throw new GitHubApiError(403, 'Resource not accessible by integration');
    };
    const e2 = await store(denied)
      .read()
      .catch((e) => e);
    expect(e2.diagnostic.code).toBe('FO808');
    expect(e2.diagnostic.detail).toContain('contents: write');
  });
});

describe('GitStateStore: projects sharing a state branch', () => {
  it('keeps each project under its own directory, so two projects never collide on <env>.json', async () => {
    const git = new MemoryGit();
    const rides = store(git);
    const payments = store(git, fakeClock(), [], 'payments');
    await rides.write(running(emptyState('rides', 'prod'), 'orders'), 0, { message: 'rides' });
    await payments.write(running(emptyState('payments', 'prod'), 'ledger'), 0, { message: 'payments' });
    await rides.write(running((await rides.read()).doc, 'stats'), 1, { message: 'rides again' });
    expect(payments.location).toBe('flinkops-state:payments/prod.json');
    expect(Object.keys((await store(git).read()).doc.jobs)).toEqual(['orders', 'stats']);
    expect(await store(git, fakeClock(), [], 'payments').read()).toMatchObject({ version: 1 });
    expect(Object.keys((await payments.read()).doc.jobs)).toEqual(['ledger']);
    // Locks are per project too.
    await rides.lock({ who: 'a', command: 'apply' }, 60_000);
    await expect(payments.lock({ who: 'b', command: 'apply' }, 60_000)).resolves.toBeTruthy();
    expect(git.fileAt('flinkops-state', 'prod.json')).toBeUndefined();
    expect(git.fileAt('flinkops-state', 'rides/prod.lock.json')).toContain('"who": "a"');
  });

  it('reads the old un-prefixed document once, and moves it with the first write', async () => {
    const git = new MemoryGit();
    await commitFiles(
      git,
      { 'prod.json': legacyDoc('rides', 3, ['orders']) },
      'flinkops: apply (old layout)',
    );
    const s = store(git);
    const read = await s.read();
    expect(read.version).toBe(3);
    expect(Object.keys(read.doc.jobs)).toEqual(['orders']);
    const before = git.commits.size;
    expect(await s.write(running(read.doc, 'stats'), 3, { message: 'apply: create stats' })).toEqual({
      version: 4,
    });
    // One commit adds the new path and deletes the old one.
    expect(git.commits.size).toBe(before + 1);
    const tip = await git.getCommit(git.refs.get('flinkops-state')!);
    expect(tip.message).toContain('moves prod.json to rides/prod.json');
    expect(git.fileAt('flinkops-state', 'prod.json')).toBeUndefined();
    expect(JSON.parse(git.fileAt('flinkops-state', 'rides/prod.json')!).version).toBe(4);
    expect(Object.keys((await store(git).read()).doc.jobs)).toEqual(['orders', 'stats']);
    // The history goes on across the move.
    const log = await s.log();
    expect(log.map((c) => c.message.split('\n')[0])).toEqual([
      'flinkops: apply: create stats (moves prod.json to rides/prod.json)',
      'flinkops: apply (old layout)',
    ]);
  });

  it('refuses a stale write against the old document as against the new', async () => {
    const git = new MemoryGit();
    await commitFiles(git, { 'prod.json': legacyDoc('rides', 3, ['orders']) });
    await expect(
      store(git).write(emptyState('rides', 'prod'), 2, { message: 'stale' }),
    ).rejects.toBeInstanceOf(StateConflictError);
    expect(git.fileAt('flinkops-state', 'prod.json')).toBeDefined();
  });

  it("leaves another project's un-prefixed document alone", async () => {
    const git = new MemoryGit();
    await commitFiles(git, { 'prod.json': legacyDoc('payments', 5, ['ledger']) });
    const rides = store(git);
    expect(await rides.read()).toEqual({ doc: emptyState('rides', 'prod'), version: 0 });
    await rides.write(running(emptyState('rides', 'prod'), 'orders'), 0, { message: 'rides' });
    expect(JSON.parse(git.fileAt('flinkops-state', 'prod.json')!).state.project).toBe('payments');
    // Its own project still finds and moves it.
    const payments = store(git, fakeClock(), [], 'payments');
    expect((await payments.read()).version).toBe(5);
    await payments.write((await payments.read()).doc, 5, { message: 'payments' });
    expect(git.fileAt('flinkops-state', 'prod.json')).toBeUndefined();
    expect(JSON.parse(git.fileAt('flinkops-state', 'payments/prod.json')!).version).toBe(6);
    expect(JSON.parse(git.fileAt('flinkops-state', 'rides/prod.json')!).version).toBe(1);
  });

  it('honours the lock an earlier version holds at the old path until the document has moved', async () => {
    const git = new MemoryGit();
    const clock = fakeClock();
    const old = {
      id: 'old-run',
      who: 'ci (flinkops 0.x)',
      command: 'apply',
      host: 'github-actions',
      since: '2025-01-01T00:00:00.000Z',
      expires: '2025-01-01T00:05:00.000Z',
    };
    await commitFiles(git, {
      'prod.json': legacyDoc('rides', 3, ['orders']),
      'prod.lock.json': JSON.stringify(old),
    });
    const s = store(git, clock);
    expect((await s.lockInfo())?.id).toBe('old-run');
    await expect(s.lock({ who: 'new', command: 'apply' }, 60_000)).rejects.toBeInstanceOf(StateLockedError);
    clock.advance(6 * 60_000);
    const lock = await s.lock({ who: 'new', command: 'apply' }, 60_000);
    expect(lock.replaced?.id).toBe('old-run');
    expect(git.fileAt('flinkops-state', 'rides/prod.lock.json')).toContain('"who": "new"');
    expect(git.fileAt('flinkops-state', 'prod.lock.json')).toBeUndefined();
    await s.unlock(lock);
    expect(await s.lockInfo()).toBeUndefined();
  });

  it('force-unlocks a lock left at the old path', async () => {
    const git = new MemoryGit();
    const old = {
      id: 'old-run',
      who: 'ci (flinkops 0.x)',
      command: 'apply',
      host: 'github-actions',
      since: '2025-01-01T00:00:00.000Z',
      expires: '2025-01-01T01:00:00.000Z',
    };
    await commitFiles(git, {
      'prod.json': legacyDoc('rides', 3, ['orders']),
      'prod.lock.json': JSON.stringify(old),
    });
    expect((await store(git).breakLock('old-run'))?.who).toBe('ci (flinkops 0.x)');
    expect(git.fileAt('flinkops-state', 'prod.lock.json')).toBeUndefined();
    expect(git.fileAt('flinkops-state', 'prod.json')).toBeDefined();
  });
});

describe('GitStateStore: a branch move answered with a server error', () => {
  const doc = running(emptyState('rides', 'prod'), 'orders');

  /** The store after its first write, its next `updateRef`s going through `fake` (given the real one). */
  async function afterFirstWrite(fake: (real: () => Promise<boolean>, call: number) => Promise<boolean>) {
    const git = new MemoryGit();
    const s = store(git);
    expect(await s.write(doc, 0, { message: 'first' })).toEqual({ version: 1 });
    const real = git.updateRef.bind(git);
    let calls = 0;
    git.updateRef = (branch: string, sha: string, force?: boolean) =>
      fake(() => real(branch, sha, force), ++calls);
    return { git, s, calls: () => calls };
  }

  it('counts a move GitHub made before answering 502 as made, and does not send it again', async () => {
    const { git, s, calls } = await afterFirstWrite(async (real, call) => {
      const r = await real();
      if (call === 1) throw new GitHubApiError(502, 'Server Error');
      return r;
    });
    const head1 = git.refs.get('flinkops-state')!;
    expect(await s.write(running(doc, 'payments'), 1, { message: 'second' })).toEqual({ version: 2 });
    expect(calls()).toBe(1);
    const head2 = git.refs.get('flinkops-state')!;
    expect((await git.getCommit(head2)).parents).toEqual([head1]);
    expect((await s.read()).doc.jobs.payments).toBeDefined();
  });

  it('sends the move again when the 502 came before GitHub made it', async () => {
    const { s, calls } = await afterFirstWrite(async (real, call) => {
      if (call === 1) throw new GitHubApiError(502, 'Server Error');
      return real();
    });
    expect(await s.write(running(doc, 'payments'), 1, { message: 'second' })).toEqual({ version: 2 });
    expect(calls()).toBe(2);
    expect((await s.read()).doc.jobs.payments).toBeDefined();
  });

  it('still loses to another writer that moved the branch meanwhile', async () => {
    let git: MemoryGit | undefined;
    const setup = await afterFirstWrite(async (real, call) => {
      if (call === 1) {
        // Another run's write lands first (through the real move); ours then fails with a 502.
        await store(git!).write(running(doc, 'theirs'), 1, { message: 'theirs' });
        throw new GitHubApiError(502, 'Server Error');
      }
      return real();
    });
    git = setup.git;
    await expect(setup.s.write(running(doc, 'mine'), 1, { message: 'mine' })).rejects.toBeInstanceOf(
      StateConflictError,
    );
  });

  it.each([
    [
      'gives up with FO808 when GitHub keeps answering 502 and the branch has not moved',
      502,
      'Server Error',
      3,
    ],
    [
      'does not send a move again after a refusal that is not a server error',
      403,
      'Resource not accessible by integration',
      1,
    ],
  ] as const)('%s', async (_what, status, message, sends) => {
    const { s, calls } = await afterFirstWrite(async () => {
      throw new GitHubApiError(status, message);
    });
    await expect(s.write(running(doc, 'mine'), 1, { message: 'mine' })).rejects.toBeInstanceOf(
      StateStoreError,
    );
    expect(calls()).toBe(sends);
  });
});
