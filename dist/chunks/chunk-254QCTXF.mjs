import {
  shownUrl
} from "./chunk-PG4X7Q6A.mjs";

// src/render/progress.ts
var describeEngineProgress = (function describeEngineProgress(p) {
  switch (p.stage) {
    case "compiling":
      return "compiling";
    case "reading-state":
      return `reading state (${p.location})`;
    case "observing":
      return `observing ${shownUrl(p.jobmanagerUrl)}`;
    case "compiling-plans":
      return "compiling plans (planMode: compiled)";
    case "planning":
      return "planning";
    case "state-graphs":
      return `asking Flink's planner for the stream graphs of ${p.jobs} restart(s)`;
    case "explaining":
      return `validating ${p.jobs} changed job(s) against the cluster's planner`;
    case "reading-health":
      return "reading health data";
    case "test-case":
      return `${p.job} / ${p.test} (${p.mode})`;
    case "test-query":
      return `${p.job} / ${p.test}: ${p.sink}`;
    case "slot-wait":
      return `${p.query}: no task slot free (0 of ${p.slotsTotal}); its job waits for one until --timeout unless the cluster starts a TaskManager for it (free one: suspend a job or lower a parallelism)`;
  }
});
var lockWaitLine = (function lockWaitLine(holder, timeoutMs) {
  return `waiting for the state lock: held by ${holder.who} (${holder.command} on ${holder.host}) since ${holder.since}; waiting up to ${(timeoutMs / 1e3).toFixed(1)}s`;
});

export {
  describeEngineProgress,
  lockWaitLine
};
