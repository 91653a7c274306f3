/**
 * The ports as the Action uses them: every string it writes to the runner or to GitHub goes
 * through the secret mask first.
 */
import type { ActionCore, ActionGitHub } from './ports';
import type { SecretMask } from './secrets';

/** The core port with every string the Action writes passed through the mask. */
export function maskedCore(core: ActionCore, s: SecretMask): ActionCore {
  return {
    getInput: (n) => core.getInput(n),
    setSecret: (v) => core.setSecret(v),
    setOutput: (n, v) => core.setOutput(n, s.mask(v)),
    info: (m) => core.info(s.mask(m)),
    annotate: (level, m, props) =>
      core.annotate(level, s.mask(m), props?.title ? { ...props, title: s.mask(props.title) } : props),
    setFailed: (m) => core.setFailed(s.mask(m)),
    appendSummary: (md) => core.appendSummary(s.mask(md)),
  };
}

export function maskedGitHub(gh: ActionGitHub, s: SecretMask): ActionGitHub {
  return {
    ...gh,
    createComment: (issue, body) => gh.createComment(issue, s.mask(body)),
    updateComment: (id, body) => gh.updateComment(id, s.mask(body)),
    createIssue: (issue) =>
      gh.createIssue({ ...issue, title: s.mask(issue.title), body: s.mask(issue.body) }),
    updateIssue: (n, patch) =>
      gh.updateIssue(n, patch.body !== undefined ? { ...patch, body: s.mask(patch.body) } : patch),
  };
}
