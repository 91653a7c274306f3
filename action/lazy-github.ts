/**
 * The GitHub port with @actions/github (octokit and its HTTP stack) loaded by the first API call:
 * a validate run never loads it, and no run waits for it before its first line of output.
 */
import type { GitDataApi } from '../src/state/github-port';
import type { ActionGitHub } from './ports';

type Method = (...args: never[]) => Promise<unknown>;

/** `name` of the object `get` resolves to, called once it has resolved. */
function later<T extends Record<K, Method>, K extends keyof T>(get: () => Promise<T>, name: K): T[K] {
  return (async (...args: Parameters<T[K]>) => {
    const target = await get();
    return target[name](...args);
  }) as T[K];
}

export function lazyGitHub(load: () => Promise<ActionGitHub>): ActionGitHub {
  let loaded: Promise<ActionGitHub> | undefined;
  const gh = () => {
    loaded ??= load();
    return loaded;
  };
  const git = async (): Promise<GitDataApi> => (await gh()).git;
  // Spelled out, not a Proxy: callers spread the port ({ ...gh, ... }), and a new method of the
  // port must fail to compile here rather than go missing.
  return {
    listComments: later(gh, 'listComments'),
    createComment: later(gh, 'createComment'),
    updateComment: later(gh, 'updateComment'),
    deleteComment: later(gh, 'deleteComment'),
    listOpenIssues: later(gh, 'listOpenIssues'),
    createIssue: later(gh, 'createIssue'),
    updateIssue: later(gh, 'updateIssue'),
    pullsForCommit: later(gh, 'pullsForCommit'),
    pullFiles: later(gh, 'pullFiles'),
    runAttemptStatus: later(gh, 'runAttemptStatus'),
    compareCommits: later(gh, 'compareCommits'),
    git: {
      getRef: later(git, 'getRef'),
      getCommit: later(git, 'getCommit'),
      getTree: later(git, 'getTree'),
      getBlob: later(git, 'getBlob'),
      createBlob: later(git, 'createBlob'),
      createTree: later(git, 'createTree'),
      createCommit: later(git, 'createCommit'),
      updateRef: later(git, 'updateRef'),
      createRef: later(git, 'createRef'),
      listCommits: later(git, 'listCommits'),
    },
  };
}
