/** The ActionCore port over @actions/core. */
import * as core from '@actions/core';
import type { ActionCore } from './ports';

export const actionsCore: ActionCore = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  info: (message) => core.info(message),
  annotate: (level, message, props) => {
    if (level === 'error') core.error(message, props);
    else if (level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  },
  setFailed: (message) => core.setFailed(message),
  appendSummary: async (markdown) => {
    // Runners without job summaries (older GitHub Enterprise Server, act) have no file for it.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
};
