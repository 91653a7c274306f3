/**
 * What the Action needs from the runner (@actions/core) and from GitHub, as narrow ports:
 * main.ts passes the real ones, tests pass fakes that record every call.
 */
import type { GitDataApi } from '../src/state/github-port';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Registers a value the runner masks in the log. */
  setSecret(value: string): void;
  info(message: string): void;
  annotate(level: AnnotationLevel, message: string, props?: AnnotationProps): void;
  setFailed(message: string): void;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Login of who wrote it, when GitHub says. */
  author?: string;
}

export interface PullRequestRef {
  number: number;
  state?: string;
  merged?: boolean;
  baseRef?: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  /** The issue's page on GitHub. */
  url?: string;
}

export interface IssuePatch {
  body?: string;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned';
}

export interface ActionGitHub {
  /** Every comment of the issue or pull request (all pages), oldest first. */
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<void>;
  /** Deletes a comment; one already gone counts as deleted. */
  deleteComment(id: number): Promise<void>;
  /** Open issues carrying `label` (all pages, oldest first), pull requests left out. */
  listOpenIssues(label: string): Promise<Issue[]>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<Issue>;
  updateIssue(issue: number, patch: IssuePatch): Promise<void>;
  /** The pull requests a commit belongs to (GET /repos/{owner}/{repo}/commits/{sha}/pulls). */
  pullsForCommit(sha: string): Promise<PullRequestRef[]>;
  /** Paths (from the repository root) a pull request changes, renamed files under both names. */
  pullFiles(pull: number): Promise<string[]>;
  /**
   * The status of one attempt of a workflow run (`queued`, `in_progress`, `completed`, ...;
   * GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}).
   */
  runAttemptStatus(runId: number, attempt: number): Promise<string>;
  /**
   * How `head` stands to `base` (GET /repos/{owner}/{repo}/compare/{base}...{head}): `ahead` when
   * `base` is one of its ancestors, `behind`, `identical` or `diverged`.
   */
  compareCommits(base: string, head: string): Promise<string>;
  /** The git data API of the same repository (the git state backend). */
  git: GitDataApi;
}
