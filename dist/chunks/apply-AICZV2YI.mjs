import {
  planMatchesRepository,
  runApply
} from "./chunk-QWPCLIFN.mjs";
import {
  forceUnlock,
  forceUnlockHelp,
  forceUnlockOption
} from "./chunk-JE5XNAAC.mjs";
import {
  checkTargets,
  planInstant,
  planOptions,
  targetOpt
} from "./chunk-ULCBCSRT.mjs";
import {
  closeRun,
  runPlan
} from "./chunk-NYINVQJU.mjs";
import {
  commandEnv
} from "./chunk-AR35OWNX.mjs";
import "./chunk-XL7GATAW.mjs";
import {
  clusterHelp,
  clusterRun,
  currentCommit,
  jobSecretValues,
  owner,
  progressPrinter,
  secretSource
} from "./chunk-PKB6CGPH.mjs";
import "./chunk-LAGNRTNX.mjs";
import "./chunk-BB5U23S3.mjs";
import {
  jsonErrorOffset,
  jsonErrorSummary
} from "./chunk-WJXNKWET.mjs";
import "./chunk-VVEIRKYJ.mjs";
import {
  PLAN_FORMAT_VERSION,
  applyFailed,
  describeStep,
  describeSteps,
  explainJson,
  hasChanges,
  renderApplyReport,
  renderFailureDetails,
  renderPlanTerminal,
  toSteps
} from "./chunk-QR2H2Z3D.mjs";
import "./chunk-ERPRARB7.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  hostname
} from "./chunk-HDJSO2UV.mjs";
import "./chunk-QWFMVJBJ.mjs";
import {
  mask,
  projectDir,
  reportDiagnostics
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  UsageError,
  boolOpt,
  durationOpt,
  intOpt,
  parseCommandArgs,
  runGraceful,
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-VHWKSFST.mjs";
import "./chunk-6U55VNBY.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-OGGPNS23.mjs";
import {
  parseWithLibrary
} from "./chunk-SUDAMESV.mjs";
import "./chunk-SQMLTMUL.mjs";
import {
  LineIndex
} from "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import {
  error,
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import {
  readFileSync
} from "./chunk-KJ77VBUN.mjs";
import {
  isAbsolute,
  resolve
} from "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// flinkops-generated:virtual:flinkops-plan-validator
var planValidators = (function planValidators2(exports) {
  "use strict";
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://flinkops.dev/schemas/plan.schema.json", "title": "flinkops plan", "description": "What `flinkops plan --json` prints and `flinkops apply <plan>` reads: one change per job, computed by a pure diff of the desired state (the repo), the live state (the cluster) and the state store. Reasons and causes are for people; apply acts on action, strategy, rescaleMode, restoreFrom, from/to and refused only.", "type": "object", "required": ["formatVersion", "project", "env", "offline", "stateVersion", "liveFingerprint", "changes", "summary", "affected", "lineage", "diagnostics"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know.", "const": 1 }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the plan is for.", "$ref": "#/$defs/identifier" }, "commit": { "description": "Commit the desired state was compiled from.", "type": "string" }, "offline": { "description": "Planned without looking at the cluster.", "type": "boolean" }, "stateVersion": { "description": "State store version the plan was computed against; apply refuses a plan older than the store.", "type": "integer", "minimum": 0 }, "liveFingerprint": { "description": "Fingerprint of the live state the plan was computed against; apply refuses a plan when the cluster changed since.", "type": "string" }, "target": { "description": "Present on a targeted plan (`-target`; a scheduled run targets `schedule` causes): it keeps only the changes of the target, and its summary, affected tables and lineage are of those. Apply carries out the plan as it is; it never looks at the target.", "type": "object", "required": ["omitted"], "additionalProperties": false, "properties": { "jobs": { "description": "Only these jobs.", "type": "array", "items": { "$ref": "#/$defs/identifier" } }, "causes": { "description": "Only the changes (never `none`) with a cause of one of these kinds.", "type": "array", "items": { "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo"] } }, "omitted": { "description": "Changes an untargeted plan would make (not refused, not `none`) that the target left out.", "type": "array", "items": { "type": "object", "required": ["job", "action"], "additionalProperties": false, "properties": { "job": { "description": "The job left out.", "type": "string" }, "action": { "description": "What an untargeted plan does to it.", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt"] } } } } } }, "changes": { "description": "One entry per job, sorted by job name; `none` included (a targeted plan: the targeted changes only).", "type": "array", "items": { "$ref": "#/$defs/jobChange" } }, "summary": { "description": "Number of changes per action.", "type": "object", "required": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"], "additionalProperties": false, "properties": { "create": { "description": "Number of `create` changes: jobs to submit for the first time.", "$ref": "#/$defs/count" }, "upgrade": { "description": "Number of `upgrade` changes: jobs to restart with a changed script or restart-needing setting.", "$ref": "#/$defs/count" }, "rescale": { "description": "Number of `rescale` changes: jobs whose parallelism alone changes.", "$ref": "#/$defs/count" }, "suspend": { "description": "Number of `suspend` changes: jobs to stop with a savepoint (state: suspended, or outside their schedule window).", "$ref": "#/$defs/count" }, "resume": { "description": "Number of `resume` changes: suspended jobs to start again from their last savepoint.", "$ref": "#/$defs/count" }, "recover": { "description": "Number of `recover` changes: jobs FAILED or CANCELED on the cluster against the repository, to start again.", "$ref": "#/$defs/count" }, "delete": { "description": "Number of `delete` changes: jobs removed from the repository, to stop with a final savepoint.", "$ref": "#/$defs/count" }, "adopt": { "description": "Number of `adopt` changes: running jobs with the managed name but no labels, to take over without a restart.", "$ref": "#/$defs/count" }, "none": { "description": "Number of `none` changes: jobs with nothing to do.", "$ref": "#/$defs/count" } } }, "versionUpgrades": { "description": "Present when jobs start on the cluster's Flink version from state another version wrote (a move to a new release): one entry per version that state was written by, with the jobs by plan mode and their version verdicts. Each job's own `versionUpgrade` says why.", "type": "array", "items": { "type": "object", "required": ["from", "to", "move", "compiled", "script"], "additionalProperties": false, "properties": { "from": { "description": "Flink version (major.minor) the jobs' state was written by.", "type": "string" }, "to": { "description": "Flink version (major.minor) of the cluster they start on.", "type": "string" }, "move": { "description": "The jobs move from the cluster `moveFrom` names; otherwise they restart on this environment's cluster.", "type": "boolean" }, "compiled": { "description": "Jobs in `planMode: compiled`, started from the plan their state was written with, by job name.", "type": "array", "items": { "$ref": "#/$defs/versionUpgradeJob" } }, "script": { "description": "Jobs in `planMode: script`, planned anew by the new release, by job name.", "type": "array", "items": { "$ref": "#/$defs/versionUpgradeJob" } } } } }, "affected": { "description": "Tables and UDFs whose change forces job changes.", "type": "array", "items": { "type": "object", "required": ["kind", "name", "jobs"], "additionalProperties": false, "properties": { "kind": { "description": "Whether a table or a UDF changed.", "enum": ["table", "udf"] }, "name": { "description": "Name of the table or UDF.", "type": "string" }, "jobs": { "description": "Jobs that use it and change with it.", "type": "array", "items": { "type": "string" } } } } }, "lineage": { "description": "The changed jobs and the tables, views and UDFs they read, write and call.", "type": "object", "required": ["nodes", "edges"], "additionalProperties": false, "properties": { "nodes": { "description": "The changed jobs and what they read, write and call.", "type": "array", "items": { "type": "object", "required": ["id", "kind", "label", "changed"], "additionalProperties": false, "properties": { "id": { "description": "`<kind>:<name>`.", "type": "string", "pattern": "^(job|table|view|udf):" }, "kind": { "description": "What the node is.", "enum": ["job", "table", "view", "udf"] }, "label": { "description": "Name shown for the node.", "type": "string" }, "changed": { "description": "The node itself changes in this plan.", "type": "boolean" } } } }, "edges": { "description": "Data flows between the nodes.", "type": "array", "items": { "description": "Data flows from `from` to `to` (a table into the job reading it, a job into its sink).", "type": "object", "required": ["from", "to"], "additionalProperties": false, "properties": { "from": { "description": "Id of the node the data comes from.", "type": "string" }, "to": { "description": "Id of the node the data goes to.", "type": "string" } } } } } }, "diagnostics": { "description": "Every error, warning and note found while planning, located in the repository.", "type": "array", "items": { "$ref": "#/$defs/diagnostic" } } }, "$defs": { "versionUpgradeJob": { "title": "A job in a version upgrade", "description": "One job starting on another Flink version, and its version verdict.", "type": "object", "required": ["job", "verdict"], "additionalProperties": false, "properties": { "job": { "description": "The job.", "$ref": "#/$defs/identifier" }, "verdict": { "description": "Whether its state restores on the new version: from the same compiled plan, from both releases' planners (a move with moveFrom.sqlGatewayUrl), or unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "refused": { "description": "The code of the diagnostic refusing its start (FO641: an unknown verdict needing allowNonRestoredState or --allow-version-upgrade; FO640: the new release refuses its plan); absent when it starts.", "type": "string" } } }, "identifier": { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "count": { "title": "Number of jobs", "type": "integer", "minimum": 0 }, "action": { "title": "Action", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"] }, "jobChange": { "title": "Change of one job", "type": "object", "required": ["job", "pipelineName", "action", "reason", "causes"], "additionalProperties": false, "properties": { "job": { "description": "Job name (the file name jobs/<name>.sql).", "$ref": "#/$defs/identifier" }, "pipelineName": { "description": "`<project>.<env>.<job>`.", "type": "string" }, "action": { "description": "What apply does to the job.", "$ref": "#/$defs/action" }, "strategy": { "description": "upgrade: how state is carried over.", "enum": ["savepoint", "last-state", "stateless"] }, "rescaleMode": { "description": "rescale: in place (adaptive scheduler, Flink 1.18+) or through a savepoint restart.", "enum": ["in-place", "savepoint-restart"] }, "reason": { "description": "One line for display.", "type": "string" }, "causes": { "description": "What changed to cause the action; for people only.", "type": "array", "items": { "$ref": "#/$defs/cause" } }, "liveJobId": { "description": "The live job the change acts on.", "type": "string" }, "liveState": { "description": "Flink job status of that job.", "type": "string" }, "verify": { "description": "none: the live job was started by an apply that stopped before its health check passed; apply finishes the check.", "type": "object", "required": ["jobId"], "additionalProperties": false, "properties": { "jobId": { "description": "The job whose health check is still to finish.", "type": "string" } } }, "restoreFrom": { "description": "Savepoint or checkpoint the new job starts from, when known at plan time.", "type": "string" }, "from": { "description": "The job as deployed (from the labels on the cluster or the state store); absent for a new job.", "type": "object", "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed job.", "type": "string" }, "parallelism": { "description": "Parallelism of the deployed job.", "type": "integer", "minimum": 1 } } }, "to": { "description": "The job as the repository wants it.", "type": "object", "required": ["specHash", "parallelism"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the compiled script and its restart-needing settings.", "type": "string" }, "parallelism": { "description": "Parallelism the job will run with.", "type": "integer", "minimum": 1 } } }, "compatibility": { "description": "upgrade: whether the new query can restore the old state.", "$ref": "#/$defs/compatibility" }, "sqlDiff": { "description": "Unified diff of the compiled scripts (secret placeholders only).", "type": "string" }, "compiledPlan": { "description": "planMode: compiled \u2014 the plan file the job starts from with EXECUTE PLAN, and what changed in its ExecNodes since the plan the job last ran.", "type": "object", "required": ["path", "sha256"], "additionalProperties": false, "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "execNodes": { "description": "ExecNodes added, removed and changed (type: description), and how many stayed the same.", "type": "object", "required": ["added", "removed", "changed", "unchanged"], "additionalProperties": false, "properties": { "added": { "description": "ExecNodes only the new plan has.", "type": "array", "items": { "type": "string" } }, "removed": { "description": "ExecNodes only the old plan had.", "type": "array", "items": { "type": "string" } }, "changed": { "description": "ExecNodes both have, with another version, inputs or settings.", "type": "array", "items": { "type": "string" } }, "unchanged": { "description": "How many ExecNodes are the same.", "type": "integer", "minimum": 0 } } } } }, "move": { "description": "The live job runs on the cluster the environment moves away from (moveFrom): apply stops it there and starts its successor on the environment's cluster.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "description": "JobManager URL of the cluster being left (user info removed).", "type": "string" }, "fromVersion": { "description": "Flink version of that cluster, as its JobManager reports it.", "type": "string" } } }, "versionUpgrade": { "description": "The job starts on another Flink version than the one its state was written by, and whether that state restores.", "type": "object", "required": ["from", "to", "verdict", "findings", "advice"], "additionalProperties": false, "properties": { "from": { "description": "Flink version (major.minor) the state was written by.", "type": "string" }, "to": { "description": "Flink version (major.minor) of the cluster the job starts on.", "type": "string" }, "verdict": { "description": "Whether the state restores on the new version.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "findings": { "description": "Why the verdict is what it is.", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What the user can do.", "type": "array", "items": { "type": "string" } }, "blocked": { "description": "Why the start must not happen as planned (the change is refused).", "type": "object", "required": ["reason", "summary", "detail"], "additionalProperties": false, "properties": { "reason": { "description": "plan-refused: the new release does not load the plan; unconfirmed: an unknown restore nobody confirmed.", "enum": ["plan-refused", "unconfirmed"] }, "summary": { "description": "One line.", "type": "string" }, "detail": { "description": "What to do.", "type": "string" } } } } }, "refused": { "description": "The change is wanted but not allowed; apply skips it.", "type": "object", "required": ["code", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Diagnostic code of the refusal.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "summary": { "description": "One line saying what is refused.", "type": "string" }, "detail": { "description": "What to do to allow the change.", "type": "string" } } } }, "allOf": [{ "if": { "properties": { "action": { "const": "upgrade" } } }, "then": { "properties": { "strategy": true, "compatibility": true }, "required": ["strategy", "compatibility"] } }, { "if": { "properties": { "action": { "const": "rescale" } } }, "then": { "properties": { "rescaleMode": true }, "required": ["rescaleMode"] } }, { "if": { "properties": { "action": { "enum": ["create", "upgrade", "rescale", "resume", "recover"] } } }, "then": { "properties": { "to": true }, "required": ["to"] } }] }, "cause": { "title": "Cause", "description": "Why a change is planned; for people only.", "type": "object", "required": ["kind", "path"], "additionalProperties": false, "properties": { "kind": { "description": "What kind of thing changed.", "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo"] }, "path": { "description": "What changed: a setting path (`parallelism`, `config.table.exec.state.ttl`), a table or UDF name, a file.", "type": "string" }, "from": { "description": "The value before, when there is one to show.", "type": "string" }, "to": { "description": "The value after, when there is one to show.", "type": "string" } } }, "compatibility": { "title": "State compatibility", "type": "object", "required": ["verdict", "findings", "advice"], "additionalProperties": false, "properties": { "verdict": { "description": "Whether the savepoint of the running job restores into the new job: compatible (every operator holding state maps to one in the new job), drops-state (some state has no operator to go to: the restore needs allowNonRestoredState), incompatible (a mapped operator's state changes shape: the restore fails), unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "source": { "description": "flink: computed from the stream graphs Flink's planner built for both scripts (EXPLAIN through the SQL Gateway); estimate: from the scripts alone.", "enum": ["flink", "estimate"] }, "operators": { "description": "Operators that hold state, by Flink's operator id, and what the upgrade does to each.", "type": "array", "items": { "type": "object", "required": ["name", "id", "state"], "additionalProperties": false, "properties": { "name": { "description": "The operator as a reviewer knows it, e.g. GroupAggregate (city).", "type": "string" }, "id": { "description": "Flink's operator id (32 hex digits).", "type": "string", "pattern": "^[0-9a-f]{32}$" }, "state": { "description": "kept, dropped (no operator with its id), reshaped (its state changes shape), new (starts empty), unknown.", "enum": ["kept", "dropped", "reshaped", "new", "unknown"] } } } }, "findings": { "description": "What changed in the query that matters for state (a stateful operator, GROUP BY keys, a join, a window).", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What can be done (allowNonRestoredState, a stateless upgrade, a pinned savepoint).", "type": "array", "items": { "type": "string" } } } }, "position": { "title": "Position", "type": "object", "required": ["line", "column"], "additionalProperties": false, "properties": { "line": { "description": "1-based line.", "type": "integer", "minimum": 1 }, "column": { "description": "1-based column.", "type": "integer", "minimum": 1 } } }, "diagnostic": { "title": "Diagnostic", "type": "object", "required": ["code", "severity", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Stable code (FO1xx load \u2026 FO9xx action), for searching the documentation.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "severity": { "description": "error stops the stage; a warning or info does not.", "enum": ["error", "warning", "info"] }, "summary": { "description": "One line saying what is wrong.", "type": "string" }, "detail": { "description": "How to fix it.", "type": "string" }, "range": { "description": "Where in the repository, when the problem has a place.", "type": "object", "required": ["file", "start", "end"], "additionalProperties": false, "properties": { "file": { "description": "File, relative to the project directory.", "type": "string" }, "start": { "description": "First character of the range.", "$ref": "#/$defs/position" }, "end": { "description": "End of the range.", "$ref": "#/$defs/position" } } } } } } };
  const schema32 = { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" };
  const schema40 = { "title": "Number of jobs", "type": "integer", "minimum": 0 };
  const func1 = Object.prototype.hasOwnProperty;
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern11 = new RegExp("^(job|table|view|udf):", "u");
  const schema35 = { "title": "Change of one job", "type": "object", "required": ["job", "pipelineName", "action", "reason", "causes"], "additionalProperties": false, "properties": { "job": { "description": "Job name (the file name jobs/<name>.sql).", "$ref": "#/$defs/identifier" }, "pipelineName": { "description": "`<project>.<env>.<job>`.", "type": "string" }, "action": { "description": "What apply does to the job.", "$ref": "#/$defs/action" }, "strategy": { "description": "upgrade: how state is carried over.", "enum": ["savepoint", "last-state", "stateless"] }, "rescaleMode": { "description": "rescale: in place (adaptive scheduler, Flink 1.18+) or through a savepoint restart.", "enum": ["in-place", "savepoint-restart"] }, "reason": { "description": "One line for display.", "type": "string" }, "causes": { "description": "What changed to cause the action; for people only.", "type": "array", "items": { "$ref": "#/$defs/cause" } }, "liveJobId": { "description": "The live job the change acts on.", "type": "string" }, "liveState": { "description": "Flink job status of that job.", "type": "string" }, "verify": { "description": "none: the live job was started by an apply that stopped before its health check passed; apply finishes the check.", "type": "object", "required": ["jobId"], "additionalProperties": false, "properties": { "jobId": { "description": "The job whose health check is still to finish.", "type": "string" } } }, "restoreFrom": { "description": "Savepoint or checkpoint the new job starts from, when known at plan time.", "type": "string" }, "from": { "description": "The job as deployed (from the labels on the cluster or the state store); absent for a new job.", "type": "object", "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed job.", "type": "string" }, "parallelism": { "description": "Parallelism of the deployed job.", "type": "integer", "minimum": 1 } } }, "to": { "description": "The job as the repository wants it.", "type": "object", "required": ["specHash", "parallelism"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the compiled script and its restart-needing settings.", "type": "string" }, "parallelism": { "description": "Parallelism the job will run with.", "type": "integer", "minimum": 1 } } }, "compatibility": { "description": "upgrade: whether the new query can restore the old state.", "$ref": "#/$defs/compatibility" }, "sqlDiff": { "description": "Unified diff of the compiled scripts (secret placeholders only).", "type": "string" }, "compiledPlan": { "description": "planMode: compiled \u2014 the plan file the job starts from with EXECUTE PLAN, and what changed in its ExecNodes since the plan the job last ran.", "type": "object", "required": ["path", "sha256"], "additionalProperties": false, "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "execNodes": { "description": "ExecNodes added, removed and changed (type: description), and how many stayed the same.", "type": "object", "required": ["added", "removed", "changed", "unchanged"], "additionalProperties": false, "properties": { "added": { "description": "ExecNodes only the new plan has.", "type": "array", "items": { "type": "string" } }, "removed": { "description": "ExecNodes only the old plan had.", "type": "array", "items": { "type": "string" } }, "changed": { "description": "ExecNodes both have, with another version, inputs or settings.", "type": "array", "items": { "type": "string" } }, "unchanged": { "description": "How many ExecNodes are the same.", "type": "integer", "minimum": 0 } } } } }, "move": { "description": "The live job runs on the cluster the environment moves away from (moveFrom): apply stops it there and starts its successor on the environment's cluster.", "type": "object", "additionalProperties": false, "required": ["from"], "properties": { "from": { "description": "JobManager URL of the cluster being left (user info removed).", "type": "string" }, "fromVersion": { "description": "Flink version of that cluster, as its JobManager reports it.", "type": "string" } } }, "versionUpgrade": { "description": "The job starts on another Flink version than the one its state was written by, and whether that state restores.", "type": "object", "required": ["from", "to", "verdict", "findings", "advice"], "additionalProperties": false, "properties": { "from": { "description": "Flink version (major.minor) the state was written by.", "type": "string" }, "to": { "description": "Flink version (major.minor) of the cluster the job starts on.", "type": "string" }, "verdict": { "description": "Whether the state restores on the new version.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "findings": { "description": "Why the verdict is what it is.", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What the user can do.", "type": "array", "items": { "type": "string" } }, "blocked": { "description": "Why the start must not happen as planned (the change is refused).", "type": "object", "required": ["reason", "summary", "detail"], "additionalProperties": false, "properties": { "reason": { "description": "plan-refused: the new release does not load the plan; unconfirmed: an unknown restore nobody confirmed.", "enum": ["plan-refused", "unconfirmed"] }, "summary": { "description": "One line.", "type": "string" }, "detail": { "description": "What to do.", "type": "string" } } } } }, "refused": { "description": "The change is wanted but not allowed; apply skips it.", "type": "object", "required": ["code", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Diagnostic code of the refusal.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "summary": { "description": "One line saying what is refused.", "type": "string" }, "detail": { "description": "What to do to allow the change.", "type": "string" } } } }, "allOf": [{ "if": { "properties": { "action": { "const": "upgrade" } } }, "then": { "properties": { "strategy": true, "compatibility": true }, "required": ["strategy", "compatibility"] } }, { "if": { "properties": { "action": { "const": "rescale" } } }, "then": { "properties": { "rescaleMode": true }, "required": ["rescaleMode"] } }, { "if": { "properties": { "action": { "enum": ["create", "upgrade", "rescale", "resume", "recover"] } } }, "then": { "properties": { "to": true }, "required": ["to"] } }] };
  const schema37 = { "title": "Action", "enum": ["create", "upgrade", "rescale", "suspend", "resume", "recover", "delete", "adopt", "none"] };
  const schema38 = { "title": "Cause", "description": "Why a change is planned; for people only.", "type": "object", "required": ["kind", "path"], "additionalProperties": false, "properties": { "kind": { "description": "What kind of thing changed.", "enum": ["script", "setting", "table", "udf", "state", "schedule", "drift", "cluster", "repo"] }, "path": { "description": "What changed: a setting path (`parallelism`, `config.table.exec.state.ttl`), a table or UDF name, a file.", "type": "string" }, "from": { "description": "The value before, when there is one to show.", "type": "string" }, "to": { "description": "The value after, when there is one to show.", "type": "string" } } };
  const schema39 = { "title": "State compatibility", "type": "object", "required": ["verdict", "findings", "advice"], "additionalProperties": false, "properties": { "verdict": { "description": "Whether the savepoint of the running job restores into the new job: compatible (every operator holding state maps to one in the new job), drops-state (some state has no operator to go to: the restore needs allowNonRestoredState), incompatible (a mapped operator's state changes shape: the restore fails), unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "source": { "description": "flink: computed from the stream graphs Flink's planner built for both scripts (EXPLAIN through the SQL Gateway); estimate: from the scripts alone.", "enum": ["flink", "estimate"] }, "operators": { "description": "Operators that hold state, by Flink's operator id, and what the upgrade does to each.", "type": "array", "items": { "type": "object", "required": ["name", "id", "state"], "additionalProperties": false, "properties": { "name": { "description": "The operator as a reviewer knows it, e.g. GroupAggregate (city).", "type": "string" }, "id": { "description": "Flink's operator id (32 hex digits).", "type": "string", "pattern": "^[0-9a-f]{32}$" }, "state": { "description": "kept, dropped (no operator with its id), reshaped (its state changes shape), new (starts empty), unknown.", "enum": ["kept", "dropped", "reshaped", "new", "unknown"] } } } }, "findings": { "description": "What changed in the query that matters for state (a stateful operator, GROUP BY keys, a join, a window).", "type": "array", "items": { "type": "string" } }, "advice": { "description": "What can be done (allowNonRestoredState, a stateless upgrade, a pinned savepoint).", "type": "array", "items": { "type": "string" } } } };
  const pattern8 = new RegExp("^[0-9a-f]{32}$", "u");
  const pattern9 = new RegExp("^FO[0-9]{3}$", "u");
  var validate21 = (function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate212.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    const _errs2 = errors;
    let valid1 = true;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        if ("upgrade" !== data.action) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
    if (_valid0) {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.strategy === void 0) {
          const err1 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'", schema: schema35.allOf[0].then.required, parentSchema: schema35.allOf[0].then, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.compatibility === void 0) {
          const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "compatibility" }, message: "must have required property 'compatibility'", schema: schema35.allOf[0].then.required, parentSchema: schema35.allOf[0].then, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid1 = _valid0;
      if (valid1) {
        var props0 = {};
        props0.strategy = true;
        props0.compatibility = true;
        props0.action = true;
      }
    }
    if (!valid1) {
      const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[0].if, parentSchema: schema35.allOf[0], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        if ("rescale" !== data.action) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.rescaleMode === void 0) {
          const err5 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "rescaleMode" }, message: "must have required property 'rescaleMode'", schema: schema35.allOf[1].then.required, parentSchema: schema35.allOf[1].then, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
      if (valid3) {
        var props1 = {};
        props1.rescaleMode = true;
        props1.action = true;
      }
    }
    if (!valid3) {
      const err6 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[1].if, parentSchema: schema35.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (props0 !== true && props1 !== void 0) {
      if (props1 === true) {
        props0 = true;
      } else {
        props0 = props0 || {};
        Object.assign(props0, props1);
      }
    }
    const _errs12 = errors;
    let valid5 = true;
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.action !== void 0) {
        let data2 = data.action;
        if (!(data2 === "create" || data2 === "upgrade" || data2 === "rescale" || data2 === "resume" || data2 === "recover")) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs13 === errors;
    errors = _errs12;
    if (vErrors !== null) {
      if (_errs12) {
        vErrors.length = _errs12;
      } else {
        vErrors = null;
      }
    }
    if (_valid2) {
      const _errs15 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.to === void 0) {
          const err8 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.allOf[2].then.required, parentSchema: schema35.allOf[2].then, data };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      var _valid2 = _errs15 === errors;
      valid5 = _valid2;
      if (valid5) {
        var props2 = {};
        props2.to = true;
        props2.action = true;
      }
    }
    if (!valid5) {
      const err9 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema35.allOf[2].if, parentSchema: schema35.allOf[2], data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (props0 !== true && props2 !== void 0) {
      if (props2 === true) {
        props0 = true;
      } else {
        props0 = props0 || {};
        Object.assign(props0, props2);
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.job === void 0) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.pipelineName === void 0) {
        const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipelineName" }, message: "must have required property 'pipelineName'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.action === void 0) {
        const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.reason === void 0) {
        const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.causes === void 0) {
        const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "causes" }, message: "must have required property 'causes'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema35.properties, key0)) {
          const err15 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.job !== void 0) {
        let data3 = data.job;
        if (typeof data3 === "string") {
          if (!pattern4.test(data3)) {
            const err16 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        } else {
          const err17 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.pipelineName !== void 0) {
        let data4 = data.pipelineName;
        if (typeof data4 !== "string") {
          const err18 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.pipelineName.type, parentSchema: schema35.properties.pipelineName, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.action !== void 0) {
        let data5 = data.action;
        if (!(data5 === "create" || data5 === "upgrade" || data5 === "rescale" || data5 === "suspend" || data5 === "resume" || data5 === "recover" || data5 === "delete" || data5 === "adopt" || data5 === "none")) {
          const err19 = { instancePath: instancePath + "/action", schemaPath: "#/$defs/action/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.strategy !== void 0) {
        let data6 = data.strategy;
        if (!(data6 === "savepoint" || data6 === "last-state" || data6 === "stateless")) {
          const err20 = { instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema35.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.strategy.enum, parentSchema: schema35.properties.strategy, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (data.rescaleMode !== void 0) {
        let data7 = data.rescaleMode;
        if (!(data7 === "in-place" || data7 === "savepoint-restart")) {
          const err21 = { instancePath: instancePath + "/rescaleMode", schemaPath: "#/properties/rescaleMode/enum", keyword: "enum", params: { allowedValues: schema35.properties.rescaleMode.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.rescaleMode.enum, parentSchema: schema35.properties.rescaleMode, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.reason !== void 0) {
        let data8 = data.reason;
        if (typeof data8 !== "string") {
          const err22 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.reason.type, parentSchema: schema35.properties.reason, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.causes !== void 0) {
        let data9 = data.causes;
        if (Array.isArray(data9)) {
          const len0 = data9.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data10 = data9[i0];
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.kind === void 0) {
                const err23 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema38.required, parentSchema: schema38, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (data10.path === void 0) {
                const err24 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema38.required, parentSchema: schema38, data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              for (const key1 in data10) {
                if (!(key1 === "kind" || key1 === "path" || key1 === "from" || key1 === "to")) {
                  const err25 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data10.kind !== void 0) {
                let data11 = data10.kind;
                if (!(data11 === "script" || data11 === "setting" || data11 === "table" || data11 === "udf" || data11 === "state" || data11 === "schedule" || data11 === "drift" || data11 === "cluster" || data11 === "repo")) {
                  const err26 = { instancePath: instancePath + "/causes/" + i0 + "/kind", schemaPath: "#/$defs/cause/properties/kind/enum", keyword: "enum", params: { allowedValues: schema38.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.kind.enum, parentSchema: schema38.properties.kind, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data10.path !== void 0) {
                let data12 = data10.path;
                if (typeof data12 !== "string") {
                  const err27 = { instancePath: instancePath + "/causes/" + i0 + "/path", schemaPath: "#/$defs/cause/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.path.type, parentSchema: schema38.properties.path, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data10.from !== void 0) {
                let data13 = data10.from;
                if (typeof data13 !== "string") {
                  const err28 = { instancePath: instancePath + "/causes/" + i0 + "/from", schemaPath: "#/$defs/cause/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.from.type, parentSchema: schema38.properties.from, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data10.to !== void 0) {
                let data14 = data10.to;
                if (typeof data14 !== "string") {
                  const err29 = { instancePath: instancePath + "/causes/" + i0 + "/to", schemaPath: "#/$defs/cause/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.to.type, parentSchema: schema38.properties.to, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/causes/" + i0, schemaPath: "#/$defs/cause/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data10 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/causes", schemaPath: "#/properties/causes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.causes.type, parentSchema: schema35.properties.causes, data: data9 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.liveJobId !== void 0) {
        let data15 = data.liveJobId;
        if (typeof data15 !== "string") {
          const err32 = { instancePath: instancePath + "/liveJobId", schemaPath: "#/properties/liveJobId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.liveJobId.type, parentSchema: schema35.properties.liveJobId, data: data15 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      if (data.liveState !== void 0) {
        let data16 = data.liveState;
        if (typeof data16 !== "string") {
          const err33 = { instancePath: instancePath + "/liveState", schemaPath: "#/properties/liveState/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.liveState.type, parentSchema: schema35.properties.liveState, data: data16 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.verify !== void 0) {
        let data17 = data.verify;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.jobId === void 0) {
            const err34 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'", schema: schema35.properties.verify.required, parentSchema: schema35.properties.verify, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          for (const key2 in data17) {
            if (!(key2 === "jobId")) {
              const err35 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.verify, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data17.jobId !== void 0) {
            let data18 = data17.jobId;
            if (typeof data18 !== "string") {
              const err36 = { instancePath: instancePath + "/verify/jobId", schemaPath: "#/properties/verify/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.verify.properties.jobId.type, parentSchema: schema35.properties.verify.properties.jobId, data: data18 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/verify", schemaPath: "#/properties/verify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.verify.type, parentSchema: schema35.properties.verify, data: data17 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.restoreFrom !== void 0) {
        let data19 = data.restoreFrom;
        if (typeof data19 !== "string") {
          const err38 = { instancePath: instancePath + "/restoreFrom", schemaPath: "#/properties/restoreFrom/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.restoreFrom.type, parentSchema: schema35.properties.restoreFrom, data: data19 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      if (data.from !== void 0) {
        let data20 = data.from;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          for (const key3 in data20) {
            if (!(key3 === "specHash" || key3 === "parallelism")) {
              const err39 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.from, data: data20 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data20.specHash !== void 0) {
            let data21 = data20.specHash;
            if (typeof data21 !== "string") {
              const err40 = { instancePath: instancePath + "/from/specHash", schemaPath: "#/properties/from/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.from.properties.specHash.type, parentSchema: schema35.properties.from.properties.specHash, data: data21 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data20.parallelism !== void 0) {
            let data22 = data20.parallelism;
            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
              const err41 = { instancePath: instancePath + "/from/parallelism", schemaPath: "#/properties/from/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.from.properties.parallelism.type, parentSchema: schema35.properties.from.properties.parallelism, data: data22 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (typeof data22 == "number" && isFinite(data22)) {
              if (data22 < 1 || isNaN(data22)) {
                const err42 = { instancePath: instancePath + "/from/parallelism", schemaPath: "#/properties/from/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.from.properties.parallelism, data: data22 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.from.type, parentSchema: schema35.properties.from, data: data20 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.to !== void 0) {
        let data23 = data.to;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
          if (data23.specHash === void 0) {
            const err44 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'", schema: schema35.properties.to.required, parentSchema: schema35.properties.to, data: data23 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data23.parallelism === void 0) {
            const err45 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'", schema: schema35.properties.to.required, parentSchema: schema35.properties.to, data: data23 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          for (const key4 in data23) {
            if (!(key4 === "specHash" || key4 === "parallelism")) {
              const err46 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.to, data: data23 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data23.specHash !== void 0) {
            let data24 = data23.specHash;
            if (typeof data24 !== "string") {
              const err47 = { instancePath: instancePath + "/to/specHash", schemaPath: "#/properties/to/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.to.properties.specHash.type, parentSchema: schema35.properties.to.properties.specHash, data: data24 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data23.parallelism !== void 0) {
            let data25 = data23.parallelism;
            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
              const err48 = { instancePath: instancePath + "/to/parallelism", schemaPath: "#/properties/to/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.to.properties.parallelism.type, parentSchema: schema35.properties.to.properties.parallelism, data: data25 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (typeof data25 == "number" && isFinite(data25)) {
              if (data25 < 1 || isNaN(data25)) {
                const err49 = { instancePath: instancePath + "/to/parallelism", schemaPath: "#/properties/to/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.properties.to.properties.parallelism, data: data25 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          }
        } else {
          const err50 = { instancePath: instancePath + "/to", schemaPath: "#/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.to.type, parentSchema: schema35.properties.to, data: data23 };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
      if (data.compatibility !== void 0) {
        let data26 = data.compatibility;
        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
          if (data26.verdict === void 0) {
            const err51 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data26.findings === void 0) {
            const err52 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (data26.advice === void 0) {
            const err53 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/required", keyword: "required", params: { missingProperty: "advice" }, message: "must have required property 'advice'", schema: schema39.required, parentSchema: schema39, data: data26 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          for (const key5 in data26) {
            if (!(key5 === "verdict" || key5 === "source" || key5 === "operators" || key5 === "findings" || key5 === "advice")) {
              const err54 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data: data26 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data26.verdict !== void 0) {
            let data27 = data26.verdict;
            if (!(data27 === "compatible" || data27 === "drops-state" || data27 === "incompatible" || data27 === "unknown")) {
              const err55 = { instancePath: instancePath + "/compatibility/verdict", schemaPath: "#/$defs/compatibility/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema39.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.verdict.enum, parentSchema: schema39.properties.verdict, data: data27 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data26.source !== void 0) {
            let data28 = data26.source;
            if (!(data28 === "flink" || data28 === "estimate")) {
              const err56 = { instancePath: instancePath + "/compatibility/source", schemaPath: "#/$defs/compatibility/properties/source/enum", keyword: "enum", params: { allowedValues: schema39.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.source.enum, parentSchema: schema39.properties.source, data: data28 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data26.operators !== void 0) {
            let data29 = data26.operators;
            if (Array.isArray(data29)) {
              const len1 = data29.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data30 = data29[i1];
                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                  if (data30.name === void 0) {
                    const err57 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  if (data30.id === void 0) {
                    const err58 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  if (data30.state === void 0) {
                    const err59 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'", schema: schema39.properties.operators.items.required, parentSchema: schema39.properties.operators.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  for (const key6 in data30) {
                    if (!(key6 === "name" || key6 === "id" || key6 === "state")) {
                      const err60 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39.properties.operators.items, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                  if (data30.name !== void 0) {
                    let data31 = data30.name;
                    if (typeof data31 !== "string") {
                      const err61 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/name", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.operators.items.properties.name.type, parentSchema: schema39.properties.operators.items.properties.name, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  }
                  if (data30.id !== void 0) {
                    let data32 = data30.id;
                    if (typeof data32 === "string") {
                      if (!pattern8.test(data32)) {
                        const err62 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/id", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{32}$" }, message: 'must match pattern "^[0-9a-f]{32}$"', schema: "^[0-9a-f]{32}$", parentSchema: schema39.properties.operators.items.properties.id, data: data32 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    } else {
                      const err63 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/id", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.operators.items.properties.id.type, parentSchema: schema39.properties.operators.items.properties.id, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  }
                  if (data30.state !== void 0) {
                    let data33 = data30.state;
                    if (!(data33 === "kept" || data33 === "dropped" || data33 === "reshaped" || data33 === "new" || data33 === "unknown")) {
                      const err64 = { instancePath: instancePath + "/compatibility/operators/" + i1 + "/state", schemaPath: "#/$defs/compatibility/properties/operators/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema39.properties.operators.items.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.operators.items.properties.state.enum, parentSchema: schema39.properties.operators.items.properties.state, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err65 = { instancePath: instancePath + "/compatibility/operators/" + i1, schemaPath: "#/$defs/compatibility/properties/operators/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.properties.operators.items.type, parentSchema: schema39.properties.operators.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            } else {
              const err66 = { instancePath: instancePath + "/compatibility/operators", schemaPath: "#/$defs/compatibility/properties/operators/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.operators.type, parentSchema: schema39.properties.operators, data: data29 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
          if (data26.findings !== void 0) {
            let data34 = data26.findings;
            if (Array.isArray(data34)) {
              const len2 = data34.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data35 = data34[i2];
                if (typeof data35 !== "string") {
                  const err67 = { instancePath: instancePath + "/compatibility/findings/" + i2, schemaPath: "#/$defs/compatibility/properties/findings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.findings.items.type, parentSchema: schema39.properties.findings.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
            } else {
              const err68 = { instancePath: instancePath + "/compatibility/findings", schemaPath: "#/$defs/compatibility/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.findings.type, parentSchema: schema39.properties.findings, data: data34 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (data26.advice !== void 0) {
            let data36 = data26.advice;
            if (Array.isArray(data36)) {
              const len3 = data36.length;
              for (let i3 = 0; i3 < len3; i3++) {
                let data37 = data36[i3];
                if (typeof data37 !== "string") {
                  const err69 = { instancePath: instancePath + "/compatibility/advice/" + i3, schemaPath: "#/$defs/compatibility/properties/advice/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.advice.items.type, parentSchema: schema39.properties.advice.items, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
            } else {
              const err70 = { instancePath: instancePath + "/compatibility/advice", schemaPath: "#/$defs/compatibility/properties/advice/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.advice.type, parentSchema: schema39.properties.advice, data: data36 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
        } else {
          const err71 = { instancePath: instancePath + "/compatibility", schemaPath: "#/$defs/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data26 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
      }
      if (data.sqlDiff !== void 0) {
        let data38 = data.sqlDiff;
        if (typeof data38 !== "string") {
          const err72 = { instancePath: instancePath + "/sqlDiff", schemaPath: "#/properties/sqlDiff/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.sqlDiff.type, parentSchema: schema35.properties.sqlDiff, data: data38 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      }
      if (data.compiledPlan !== void 0) {
        let data39 = data.compiledPlan;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
          if (data39.path === void 0) {
            const err73 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema35.properties.compiledPlan.required, parentSchema: schema35.properties.compiledPlan, data: data39 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (data39.sha256 === void 0) {
            const err74 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema35.properties.compiledPlan.required, parentSchema: schema35.properties.compiledPlan, data: data39 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          for (const key7 in data39) {
            if (!(key7 === "path" || key7 === "sha256" || key7 === "execNodes")) {
              const err75 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.compiledPlan, data: data39 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data39.path !== void 0) {
            let data40 = data39.path;
            if (typeof data40 !== "string") {
              const err76 = { instancePath: instancePath + "/compiledPlan/path", schemaPath: "#/properties/compiledPlan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.path.type, parentSchema: schema35.properties.compiledPlan.properties.path, data: data40 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
          if (data39.sha256 !== void 0) {
            let data41 = data39.sha256;
            if (typeof data41 !== "string") {
              const err77 = { instancePath: instancePath + "/compiledPlan/sha256", schemaPath: "#/properties/compiledPlan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.sha256.type, parentSchema: schema35.properties.compiledPlan.properties.sha256, data: data41 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (data39.execNodes !== void 0) {
            let data42 = data39.execNodes;
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
              if (data42.added === void 0) {
                const err78 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "added" }, message: "must have required property 'added'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (data42.removed === void 0) {
                const err79 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "removed" }, message: "must have required property 'removed'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (data42.changed === void 0) {
                const err80 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (data42.unchanged === void 0) {
                const err81 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'", schema: schema35.properties.compiledPlan.properties.execNodes.required, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              for (const key8 in data42) {
                if (!(key8 === "added" || key8 === "removed" || key8 === "changed" || key8 === "unchanged")) {
                  const err82 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data42.added !== void 0) {
                let data43 = data42.added;
                if (Array.isArray(data43)) {
                  const len4 = data43.length;
                  for (let i4 = 0; i4 < len4; i4++) {
                    let data44 = data43[i4];
                    if (typeof data44 !== "string") {
                      const err83 = { instancePath: instancePath + "/compiledPlan/execNodes/added/" + i4, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/added/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.added.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.added.items, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err84 = { instancePath: instancePath + "/compiledPlan/execNodes/added", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/added/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.added.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.added, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data42.removed !== void 0) {
                let data45 = data42.removed;
                if (Array.isArray(data45)) {
                  const len5 = data45.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    let data46 = data45[i5];
                    if (typeof data46 !== "string") {
                      const err85 = { instancePath: instancePath + "/compiledPlan/execNodes/removed/" + i5, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/removed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.items, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err86 = { instancePath: instancePath + "/compiledPlan/execNodes/removed", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.removed.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.removed, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
              if (data42.changed !== void 0) {
                let data47 = data42.changed;
                if (Array.isArray(data47)) {
                  const len6 = data47.length;
                  for (let i6 = 0; i6 < len6; i6++) {
                    let data48 = data47[i6];
                    if (typeof data48 !== "string") {
                      const err87 = { instancePath: instancePath + "/compiledPlan/execNodes/changed/" + i6, schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.items.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.items, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err88 = { instancePath: instancePath + "/compiledPlan/execNodes/changed", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.compiledPlan.properties.execNodes.properties.changed.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.changed, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
              if (data42.unchanged !== void 0) {
                let data49 = data42.unchanged;
                if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                  const err89 = { instancePath: instancePath + "/compiledPlan/execNodes/unchanged", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (typeof data49 == "number" && isFinite(data49)) {
                  if (data49 < 0 || isNaN(data49)) {
                    const err90 = { instancePath: instancePath + "/compiledPlan/execNodes/unchanged", schemaPath: "#/properties/compiledPlan/properties/execNodes/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema35.properties.compiledPlan.properties.execNodes.properties.unchanged, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err91 = { instancePath: instancePath + "/compiledPlan/execNodes", schemaPath: "#/properties/compiledPlan/properties/execNodes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.compiledPlan.properties.execNodes.type, parentSchema: schema35.properties.compiledPlan.properties.execNodes, data: data42 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
        } else {
          const err92 = { instancePath: instancePath + "/compiledPlan", schemaPath: "#/properties/compiledPlan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.compiledPlan.type, parentSchema: schema35.properties.compiledPlan, data: data39 };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
      }
      if (data.move !== void 0) {
        let data50 = data.move;
        if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
          if (data50.from === void 0) {
            const err93 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.properties.move.required, parentSchema: schema35.properties.move, data: data50 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          for (const key9 in data50) {
            if (!(key9 === "from" || key9 === "fromVersion")) {
              const err94 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.move, data: data50 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
          if (data50.from !== void 0) {
            let data51 = data50.from;
            if (typeof data51 !== "string") {
              const err95 = { instancePath: instancePath + "/move/from", schemaPath: "#/properties/move/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.move.properties.from.type, parentSchema: schema35.properties.move.properties.from, data: data51 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
          if (data50.fromVersion !== void 0) {
            let data52 = data50.fromVersion;
            if (typeof data52 !== "string") {
              const err96 = { instancePath: instancePath + "/move/fromVersion", schemaPath: "#/properties/move/properties/fromVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.move.properties.fromVersion.type, parentSchema: schema35.properties.move.properties.fromVersion, data: data52 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          }
        } else {
          const err97 = { instancePath: instancePath + "/move", schemaPath: "#/properties/move/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.move.type, parentSchema: schema35.properties.move, data: data50 };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
      }
      if (data.versionUpgrade !== void 0) {
        let data53 = data.versionUpgrade;
        if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
          if (data53.from === void 0) {
            const err98 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (data53.to === void 0) {
            const err99 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          if (data53.verdict === void 0) {
            const err100 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          if (data53.findings === void 0) {
            const err101 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          if (data53.advice === void 0) {
            const err102 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/required", keyword: "required", params: { missingProperty: "advice" }, message: "must have required property 'advice'", schema: schema35.properties.versionUpgrade.required, parentSchema: schema35.properties.versionUpgrade, data: data53 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          for (const key10 in data53) {
            if (!(key10 === "from" || key10 === "to" || key10 === "verdict" || key10 === "findings" || key10 === "advice" || key10 === "blocked")) {
              const err103 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.versionUpgrade, data: data53 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          }
          if (data53.from !== void 0) {
            let data54 = data53.from;
            if (typeof data54 !== "string") {
              const err104 = { instancePath: instancePath + "/versionUpgrade/from", schemaPath: "#/properties/versionUpgrade/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.from.type, parentSchema: schema35.properties.versionUpgrade.properties.from, data: data54 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
          if (data53.to !== void 0) {
            let data55 = data53.to;
            if (typeof data55 !== "string") {
              const err105 = { instancePath: instancePath + "/versionUpgrade/to", schemaPath: "#/properties/versionUpgrade/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.to.type, parentSchema: schema35.properties.versionUpgrade.properties.to, data: data55 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
          if (data53.verdict !== void 0) {
            let data56 = data53.verdict;
            if (!(data56 === "compatible" || data56 === "drops-state" || data56 === "incompatible" || data56 === "unknown")) {
              const err106 = { instancePath: instancePath + "/versionUpgrade/verdict", schemaPath: "#/properties/versionUpgrade/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema35.properties.versionUpgrade.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.versionUpgrade.properties.verdict.enum, parentSchema: schema35.properties.versionUpgrade.properties.verdict, data: data56 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          }
          if (data53.findings !== void 0) {
            let data57 = data53.findings;
            if (Array.isArray(data57)) {
              const len7 = data57.length;
              for (let i7 = 0; i7 < len7; i7++) {
                let data58 = data57[i7];
                if (typeof data58 !== "string") {
                  const err107 = { instancePath: instancePath + "/versionUpgrade/findings/" + i7, schemaPath: "#/properties/versionUpgrade/properties/findings/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.findings.items.type, parentSchema: schema35.properties.versionUpgrade.properties.findings.items, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
            } else {
              const err108 = { instancePath: instancePath + "/versionUpgrade/findings", schemaPath: "#/properties/versionUpgrade/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.versionUpgrade.properties.findings.type, parentSchema: schema35.properties.versionUpgrade.properties.findings, data: data57 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
          if (data53.advice !== void 0) {
            let data59 = data53.advice;
            if (Array.isArray(data59)) {
              const len8 = data59.length;
              for (let i8 = 0; i8 < len8; i8++) {
                let data60 = data59[i8];
                if (typeof data60 !== "string") {
                  const err109 = { instancePath: instancePath + "/versionUpgrade/advice/" + i8, schemaPath: "#/properties/versionUpgrade/properties/advice/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.advice.items.type, parentSchema: schema35.properties.versionUpgrade.properties.advice.items, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
            } else {
              const err110 = { instancePath: instancePath + "/versionUpgrade/advice", schemaPath: "#/properties/versionUpgrade/properties/advice/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.properties.versionUpgrade.properties.advice.type, parentSchema: schema35.properties.versionUpgrade.properties.advice, data: data59 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
          if (data53.blocked !== void 0) {
            let data61 = data53.blocked;
            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
              if (data61.reason === void 0) {
                const err111 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
              if (data61.summary === void 0) {
                const err112 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              if (data61.detail === void 0) {
                const err113 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema35.properties.versionUpgrade.properties.blocked.required, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
              for (const key11 in data61) {
                if (!(key11 === "reason" || key11 === "summary" || key11 === "detail")) {
                  const err114 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
              if (data61.reason !== void 0) {
                let data62 = data61.reason;
                if (!(data62 === "plan-refused" || data62 === "unconfirmed")) {
                  const err115 = { instancePath: instancePath + "/versionUpgrade/blocked/reason", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/reason/enum", keyword: "enum", params: { allowedValues: schema35.properties.versionUpgrade.properties.blocked.properties.reason.enum }, message: "must be equal to one of the allowed values", schema: schema35.properties.versionUpgrade.properties.blocked.properties.reason.enum, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.reason, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              }
              if (data61.summary !== void 0) {
                let data63 = data61.summary;
                if (typeof data63 !== "string") {
                  const err116 = { instancePath: instancePath + "/versionUpgrade/blocked/summary", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.blocked.properties.summary.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.summary, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              }
              if (data61.detail !== void 0) {
                let data64 = data61.detail;
                if (typeof data64 !== "string") {
                  const err117 = { instancePath: instancePath + "/versionUpgrade/blocked/detail", schemaPath: "#/properties/versionUpgrade/properties/blocked/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.versionUpgrade.properties.blocked.properties.detail.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked.properties.detail, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              }
            } else {
              const err118 = { instancePath: instancePath + "/versionUpgrade/blocked", schemaPath: "#/properties/versionUpgrade/properties/blocked/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.versionUpgrade.properties.blocked.type, parentSchema: schema35.properties.versionUpgrade.properties.blocked, data: data61 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
          }
        } else {
          const err119 = { instancePath: instancePath + "/versionUpgrade", schemaPath: "#/properties/versionUpgrade/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.versionUpgrade.type, parentSchema: schema35.properties.versionUpgrade, data: data53 };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
      }
      if (data.refused !== void 0) {
        let data65 = data.refused;
        if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
          if (data65.code === void 0) {
            const err120 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
          if (data65.summary === void 0) {
            const err121 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          if (data65.detail === void 0) {
            const err122 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema35.properties.refused.required, parentSchema: schema35.properties.refused, data: data65 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
          for (const key12 in data65) {
            if (!(key12 === "code" || key12 === "summary" || key12 === "detail")) {
              const err123 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.properties.refused, data: data65 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          }
          if (data65.code !== void 0) {
            let data66 = data65.code;
            if (typeof data66 === "string") {
              if (!pattern9.test(data66)) {
                const err124 = { instancePath: instancePath + "/refused/code", schemaPath: "#/properties/refused/properties/code/pattern", keyword: "pattern", params: { pattern: "^FO[0-9]{3}$" }, message: 'must match pattern "^FO[0-9]{3}$"', schema: "^FO[0-9]{3}$", parentSchema: schema35.properties.refused.properties.code, data: data66 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            } else {
              const err125 = { instancePath: instancePath + "/refused/code", schemaPath: "#/properties/refused/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.code.type, parentSchema: schema35.properties.refused.properties.code, data: data66 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          }
          if (data65.summary !== void 0) {
            let data67 = data65.summary;
            if (typeof data67 !== "string") {
              const err126 = { instancePath: instancePath + "/refused/summary", schemaPath: "#/properties/refused/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.summary.type, parentSchema: schema35.properties.refused.properties.summary, data: data67 };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          }
          if (data65.detail !== void 0) {
            let data68 = data65.detail;
            if (typeof data68 !== "string") {
              const err127 = { instancePath: instancePath + "/refused/detail", schemaPath: "#/properties/refused/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.refused.properties.detail.type, parentSchema: schema35.properties.refused.properties.detail, data: data68 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
        } else {
          const err128 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.properties.refused.type, parentSchema: schema35.properties.refused, data: data65 };
          if (vErrors === null) {
            vErrors = [err128];
          } else {
            vErrors.push(err128);
          }
          errors++;
        }
      }
    } else {
      const err129 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err129];
      } else {
        vErrors.push(err129);
      }
      errors++;
    }
    validate212.errors = vErrors;
    return errors === 0;
  });
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema49 = { "title": "A job in a version upgrade", "description": "One job starting on another Flink version, and its version verdict.", "type": "object", "required": ["job", "verdict"], "additionalProperties": false, "properties": { "job": { "description": "The job.", "$ref": "#/$defs/identifier" }, "verdict": { "description": "Whether its state restores on the new version: from the same compiled plan, from both releases' planners (a move with moveFrom.sqlGatewayUrl), or unknown.", "enum": ["compatible", "drops-state", "incompatible", "unknown"] }, "refused": { "description": "The code of the diagnostic refusing its start (FO641: an unknown verdict needing allowNonRestoredState or --allow-version-upgrade; FO640: the new release refuses its plan); absent when it starts.", "type": "string" } } };
  var validate23 = (function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate232.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.job === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.verdict === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema49.required, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "job" || key0 === "verdict" || key0 === "refused")) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.job !== void 0) {
        let data0 = data.job;
        if (typeof data0 === "string") {
          if (!pattern4.test(data0)) {
            const err3 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = { instancePath: instancePath + "/job", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.verdict !== void 0) {
        let data1 = data.verdict;
        if (!(data1 === "compatible" || data1 === "drops-state" || data1 === "incompatible" || data1 === "unknown")) {
          const err5 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema49.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema49.properties.verdict.enum, parentSchema: schema49.properties.verdict, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.refused !== void 0) {
        let data2 = data.refused;
        if (typeof data2 !== "string") {
          const err6 = { instancePath: instancePath + "/refused", schemaPath: "#/properties/refused/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.refused.type, parentSchema: schema49.properties.refused, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    validate232.errors = vErrors;
    return errors === 0;
  });
  validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema51 = { "title": "Diagnostic", "type": "object", "required": ["code", "severity", "summary", "detail"], "additionalProperties": false, "properties": { "code": { "description": "Stable code (FO1xx load \u2026 FO9xx action), for searching the documentation.", "type": "string", "pattern": "^FO[0-9]{3}$" }, "severity": { "description": "error stops the stage; a warning or info does not.", "enum": ["error", "warning", "info"] }, "summary": { "description": "One line saying what is wrong.", "type": "string" }, "detail": { "description": "How to fix it.", "type": "string" }, "range": { "description": "Where in the repository, when the problem has a place.", "type": "object", "required": ["file", "start", "end"], "additionalProperties": false, "properties": { "file": { "description": "File, relative to the project directory.", "type": "string" }, "start": { "description": "First character of the range.", "$ref": "#/$defs/position" }, "end": { "description": "End of the range.", "$ref": "#/$defs/position" } } } } };
  const schema52 = { "title": "Position", "type": "object", "required": ["line", "column"], "additionalProperties": false, "properties": { "line": { "description": "1-based line.", "type": "integer", "minimum": 1 }, "column": { "description": "1-based column.", "type": "integer", "minimum": 1 } } };
  var validate26 = (function validate262(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate262.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.code === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.severity === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.summary === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.detail === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'", schema: schema51.required, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "code" || key0 === "severity" || key0 === "summary" || key0 === "detail" || key0 === "range")) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.code !== void 0) {
        let data0 = data.code;
        if (typeof data0 === "string") {
          if (!pattern9.test(data0)) {
            const err5 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/pattern", keyword: "pattern", params: { pattern: "^FO[0-9]{3}$" }, message: 'must match pattern "^FO[0-9]{3}$"', schema: "^FO[0-9]{3}$", parentSchema: schema51.properties.code, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.code.type, parentSchema: schema51.properties.code, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.severity !== void 0) {
        let data1 = data.severity;
        if (!(data1 === "error" || data1 === "warning" || data1 === "info")) {
          const err7 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema51.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.severity.enum, parentSchema: schema51.properties.severity, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.summary !== void 0) {
        let data2 = data.summary;
        if (typeof data2 !== "string") {
          const err8 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.summary.type, parentSchema: schema51.properties.summary, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.detail !== void 0) {
        let data3 = data.detail;
        if (typeof data3 !== "string") {
          const err9 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.detail.type, parentSchema: schema51.properties.detail, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.range !== void 0) {
        let data4 = data.range;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
          if (data4.file === void 0) {
            const err10 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema51.properties.range.required, parentSchema: schema51.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data4.start === void 0) {
            const err11 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema51.properties.range.required, parentSchema: schema51.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data4.end === void 0) {
            const err12 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema51.properties.range.required, parentSchema: schema51.properties.range, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          for (const key1 in data4) {
            if (!(key1 === "file" || key1 === "start" || key1 === "end")) {
              const err13 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51.properties.range, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data4.file !== void 0) {
            let data5 = data4.file;
            if (typeof data5 !== "string") {
              const err14 = { instancePath: instancePath + "/range/file", schemaPath: "#/properties/range/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.range.properties.file.type, parentSchema: schema51.properties.range.properties.file, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data4.start !== void 0) {
            let data6 = data4.start;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              if (data6.line === void 0) {
                const err15 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema52.required, parentSchema: schema52, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (data6.column === void 0) {
                const err16 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema52.required, parentSchema: schema52, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              for (const key2 in data6) {
                if (!(key2 === "line" || key2 === "column")) {
                  const err17 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data6.line !== void 0) {
                let data7 = data6.line;
                if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                  const err18 = { instancePath: instancePath + "/range/start/line", schemaPath: "#/$defs/position/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.line.type, parentSchema: schema52.properties.line, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (typeof data7 == "number" && isFinite(data7)) {
                  if (data7 < 1 || isNaN(data7)) {
                    const err19 = { instancePath: instancePath + "/range/start/line", schemaPath: "#/$defs/position/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.line, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
              }
              if (data6.column !== void 0) {
                let data8 = data6.column;
                if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                  const err20 = { instancePath: instancePath + "/range/start/column", schemaPath: "#/$defs/position/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.column.type, parentSchema: schema52.properties.column, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (typeof data8 == "number" && isFinite(data8)) {
                  if (data8 < 1 || isNaN(data8)) {
                    const err21 = { instancePath: instancePath + "/range/start/column", schemaPath: "#/$defs/position/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.column, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err22 = { instancePath: instancePath + "/range/start", schemaPath: "#/$defs/position/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data4.end !== void 0) {
            let data9 = data4.end;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              if (data9.line === void 0) {
                const err23 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema52.required, parentSchema: schema52, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (data9.column === void 0) {
                const err24 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema52.required, parentSchema: schema52, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              for (const key3 in data9) {
                if (!(key3 === "line" || key3 === "column")) {
                  const err25 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data9.line !== void 0) {
                let data10 = data9.line;
                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                  const err26 = { instancePath: instancePath + "/range/end/line", schemaPath: "#/$defs/position/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.line.type, parentSchema: schema52.properties.line, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (typeof data10 == "number" && isFinite(data10)) {
                  if (data10 < 1 || isNaN(data10)) {
                    const err27 = { instancePath: instancePath + "/range/end/line", schemaPath: "#/$defs/position/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.line, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              }
              if (data9.column !== void 0) {
                let data11 = data9.column;
                if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                  const err28 = { instancePath: instancePath + "/range/end/column", schemaPath: "#/$defs/position/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.column.type, parentSchema: schema52.properties.column, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (typeof data11 == "number" && isFinite(data11)) {
                  if (data11 < 1 || isNaN(data11)) {
                    const err29 = { instancePath: instancePath + "/range/end/column", schemaPath: "#/$defs/position/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.column, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/range/end", schemaPath: "#/$defs/position/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data9 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.properties.range.type, parentSchema: schema51.properties.range, data: data4 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    } else {
      const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    validate262.errors = vErrors;
    return errors === 0;
  });
  validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  var validate20 = (function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate202.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.formatVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.project === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.env === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.offline === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "offline" }, message: "must have required property 'offline'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.stateVersion === void 0) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stateVersion" }, message: "must have required property 'stateVersion'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.liveFingerprint === void 0) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "liveFingerprint" }, message: "must have required property 'liveFingerprint'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.changes === void 0) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.summary === void 0) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.affected === void 0) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "affected" }, message: "must have required property 'affected'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data.lineage === void 0) {
        const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lineage" }, message: "must have required property 'lineage'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.diagnostics === void 0) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diagnostics" }, message: "must have required property 'diagnostics'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema31.properties, key0)) {
          const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.formatVersion !== void 0) {
        let data0 = data.formatVersion;
        if (1 !== data0) {
          const err12 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.formatVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.project !== void 0) {
        let data1 = data.project;
        if (typeof data1 === "string") {
          if (!pattern4.test(data1)) {
            const err13 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data1 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        } else {
          const err14 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.env !== void 0) {
        let data2 = data.env;
        if (typeof data2 === "string") {
          if (!pattern4.test(data2)) {
            const err15 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        } else {
          const err16 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.commit !== void 0) {
        let data3 = data.commit;
        if (typeof data3 !== "string") {
          const err17 = { instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.commit.type, parentSchema: schema31.properties.commit, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.offline !== void 0) {
        let data4 = data.offline;
        if (typeof data4 !== "boolean") {
          const err18 = { instancePath: instancePath + "/offline", schemaPath: "#/properties/offline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.offline.type, parentSchema: schema31.properties.offline, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.stateVersion !== void 0) {
        let data5 = data.stateVersion;
        if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
          const err19 = { instancePath: instancePath + "/stateVersion", schemaPath: "#/properties/stateVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.stateVersion.type, parentSchema: schema31.properties.stateVersion, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (typeof data5 == "number" && isFinite(data5)) {
          if (data5 < 0 || isNaN(data5)) {
            const err20 = { instancePath: instancePath + "/stateVersion", schemaPath: "#/properties/stateVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.stateVersion, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      }
      if (data.liveFingerprint !== void 0) {
        let data6 = data.liveFingerprint;
        if (typeof data6 !== "string") {
          const err21 = { instancePath: instancePath + "/liveFingerprint", schemaPath: "#/properties/liveFingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.liveFingerprint.type, parentSchema: schema31.properties.liveFingerprint, data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.target !== void 0) {
        let data7 = data.target;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
          if (data7.omitted === void 0) {
            const err22 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/required", keyword: "required", params: { missingProperty: "omitted" }, message: "must have required property 'omitted'", schema: schema31.properties.target.required, parentSchema: schema31.properties.target, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          for (const key1 in data7) {
            if (!(key1 === "jobs" || key1 === "causes" || key1 === "omitted")) {
              const err23 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.target, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data7.jobs !== void 0) {
            let data8 = data7.jobs;
            if (Array.isArray(data8)) {
              const len0 = data8.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data9 = data8[i0];
                if (typeof data9 === "string") {
                  if (!pattern4.test(data9)) {
                    const err24 = { instancePath: instancePath + "/target/jobs/" + i0, schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', schema: "^[a-z][a-z0-9_]*$", parentSchema: schema32, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                } else {
                  const err25 = { instancePath: instancePath + "/target/jobs/" + i0, schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            } else {
              const err26 = { instancePath: instancePath + "/target/jobs", schemaPath: "#/properties/target/properties/jobs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.jobs.type, parentSchema: schema31.properties.target.properties.jobs, data: data8 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data7.causes !== void 0) {
            let data10 = data7.causes;
            if (Array.isArray(data10)) {
              const len1 = data10.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data11 = data10[i1];
                if (!(data11 === "script" || data11 === "setting" || data11 === "table" || data11 === "udf" || data11 === "state" || data11 === "schedule" || data11 === "drift" || data11 === "cluster" || data11 === "repo")) {
                  const err27 = { instancePath: instancePath + "/target/causes/" + i1, schemaPath: "#/properties/target/properties/causes/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.target.properties.causes.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.target.properties.causes.items.enum, parentSchema: schema31.properties.target.properties.causes.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
            } else {
              const err28 = { instancePath: instancePath + "/target/causes", schemaPath: "#/properties/target/properties/causes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.causes.type, parentSchema: schema31.properties.target.properties.causes, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          if (data7.omitted !== void 0) {
            let data12 = data7.omitted;
            if (Array.isArray(data12)) {
              const len2 = data12.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data13 = data12[i2];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                  if (data13.job === void 0) {
                    const err29 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'", schema: schema31.properties.target.properties.omitted.items.required, parentSchema: schema31.properties.target.properties.omitted.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                  if (data13.action === void 0) {
                    const err30 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema31.properties.target.properties.omitted.items.required, parentSchema: schema31.properties.target.properties.omitted.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  for (const key2 in data13) {
                    if (!(key2 === "job" || key2 === "action")) {
                      const err31 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.target.properties.omitted.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                  if (data13.job !== void 0) {
                    let data14 = data13.job;
                    if (typeof data14 !== "string") {
                      const err32 = { instancePath: instancePath + "/target/omitted/" + i2 + "/job", schemaPath: "#/properties/target/properties/omitted/items/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.target.properties.omitted.items.properties.job.type, parentSchema: schema31.properties.target.properties.omitted.items.properties.job, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                  if (data13.action !== void 0) {
                    let data15 = data13.action;
                    if (!(data15 === "create" || data15 === "upgrade" || data15 === "rescale" || data15 === "suspend" || data15 === "resume" || data15 === "recover" || data15 === "delete" || data15 === "adopt")) {
                      const err33 = { instancePath: instancePath + "/target/omitted/" + i2 + "/action", schemaPath: "#/properties/target/properties/omitted/items/properties/action/enum", keyword: "enum", params: { allowedValues: schema31.properties.target.properties.omitted.items.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.target.properties.omitted.items.properties.action.enum, parentSchema: schema31.properties.target.properties.omitted.items.properties.action, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err34 = { instancePath: instancePath + "/target/omitted/" + i2, schemaPath: "#/properties/target/properties/omitted/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.target.properties.omitted.items.type, parentSchema: schema31.properties.target.properties.omitted.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            } else {
              const err35 = { instancePath: instancePath + "/target/omitted", schemaPath: "#/properties/target/properties/omitted/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.target.properties.omitted.type, parentSchema: schema31.properties.target.properties.omitted, data: data12 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        } else {
          const err36 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.target.type, parentSchema: schema31.properties.target, data: data7 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (data.changes !== void 0) {
        let data16 = data.changes;
        if (Array.isArray(data16)) {
          const len3 = data16.length;
          for (let i3 = 0; i3 < len3; i3++) {
            if (!validate21(data16[i3], { instancePath: instancePath + "/changes/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.changes.type, parentSchema: schema31.properties.changes, data: data16 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.summary !== void 0) {
        let data18 = data.summary;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
          if (data18.create === void 0) {
            const err38 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "create" }, message: "must have required property 'create'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data18.upgrade === void 0) {
            const err39 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "upgrade" }, message: "must have required property 'upgrade'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data18.rescale === void 0) {
            const err40 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "rescale" }, message: "must have required property 'rescale'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (data18.suspend === void 0) {
            const err41 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "suspend" }, message: "must have required property 'suspend'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (data18.resume === void 0) {
            const err42 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "resume" }, message: "must have required property 'resume'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (data18.recover === void 0) {
            const err43 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "recover" }, message: "must have required property 'recover'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (data18.delete === void 0) {
            const err44 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "delete" }, message: "must have required property 'delete'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data18.adopt === void 0) {
            const err45 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "adopt" }, message: "must have required property 'adopt'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (data18.none === void 0) {
            const err46 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "none" }, message: "must have required property 'none'", schema: schema31.properties.summary.required, parentSchema: schema31.properties.summary, data: data18 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          for (const key3 in data18) {
            if (!func1.call(schema31.properties.summary.properties, key3)) {
              const err47 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.summary, data: data18 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          if (data18.create !== void 0) {
            let data19 = data18.create;
            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
              const err48 = { instancePath: instancePath + "/summary/create", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data19 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (typeof data19 == "number" && isFinite(data19)) {
              if (data19 < 0 || isNaN(data19)) {
                const err49 = { instancePath: instancePath + "/summary/create", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data19 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          }
          if (data18.upgrade !== void 0) {
            let data20 = data18.upgrade;
            if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
              const err50 = { instancePath: instancePath + "/summary/upgrade", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data20 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (typeof data20 == "number" && isFinite(data20)) {
              if (data20 < 0 || isNaN(data20)) {
                const err51 = { instancePath: instancePath + "/summary/upgrade", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data20 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          }
          if (data18.rescale !== void 0) {
            let data21 = data18.rescale;
            if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
              const err52 = { instancePath: instancePath + "/summary/rescale", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data21 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (typeof data21 == "number" && isFinite(data21)) {
              if (data21 < 0 || isNaN(data21)) {
                const err53 = { instancePath: instancePath + "/summary/rescale", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data21 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          }
          if (data18.suspend !== void 0) {
            let data22 = data18.suspend;
            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
              const err54 = { instancePath: instancePath + "/summary/suspend", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data22 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (typeof data22 == "number" && isFinite(data22)) {
              if (data22 < 0 || isNaN(data22)) {
                const err55 = { instancePath: instancePath + "/summary/suspend", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data22 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          }
          if (data18.resume !== void 0) {
            let data23 = data18.resume;
            if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
              const err56 = { instancePath: instancePath + "/summary/resume", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data23 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (typeof data23 == "number" && isFinite(data23)) {
              if (data23 < 0 || isNaN(data23)) {
                const err57 = { instancePath: instancePath + "/summary/resume", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data23 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          }
          if (data18.recover !== void 0) {
            let data24 = data18.recover;
            if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
              const err58 = { instancePath: instancePath + "/summary/recover", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data24 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (typeof data24 == "number" && isFinite(data24)) {
              if (data24 < 0 || isNaN(data24)) {
                const err59 = { instancePath: instancePath + "/summary/recover", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data24 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          }
          if (data18.delete !== void 0) {
            let data25 = data18.delete;
            if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
              const err60 = { instancePath: instancePath + "/summary/delete", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data25 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (typeof data25 == "number" && isFinite(data25)) {
              if (data25 < 0 || isNaN(data25)) {
                const err61 = { instancePath: instancePath + "/summary/delete", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data25 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          }
          if (data18.adopt !== void 0) {
            let data26 = data18.adopt;
            if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
              const err62 = { instancePath: instancePath + "/summary/adopt", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data26 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (typeof data26 == "number" && isFinite(data26)) {
              if (data26 < 0 || isNaN(data26)) {
                const err63 = { instancePath: instancePath + "/summary/adopt", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data26 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          }
          if (data18.none !== void 0) {
            let data27 = data18.none;
            if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
              const err64 = { instancePath: instancePath + "/summary/none", schemaPath: "#/$defs/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.type, parentSchema: schema40, data: data27 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (typeof data27 == "number" && isFinite(data27)) {
              if (data27 < 0 || isNaN(data27)) {
                const err65 = { instancePath: instancePath + "/summary/none", schemaPath: "#/$defs/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data27 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          }
        } else {
          const err66 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.summary.type, parentSchema: schema31.properties.summary, data: data18 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      }
      if (data.versionUpgrades !== void 0) {
        let data28 = data.versionUpgrades;
        if (Array.isArray(data28)) {
          const len4 = data28.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data29 = data28[i4];
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
              if (data29.from === void 0) {
                const err67 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (data29.to === void 0) {
                const err68 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              if (data29.move === void 0) {
                const err69 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "move" }, message: "must have required property 'move'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (data29.compiled === void 0) {
                const err70 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "compiled" }, message: "must have required property 'compiled'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              if (data29.script === void 0) {
                const err71 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'", schema: schema31.properties.versionUpgrades.items.required, parentSchema: schema31.properties.versionUpgrades.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              for (const key4 in data29) {
                if (!(key4 === "from" || key4 === "to" || key4 === "move" || key4 === "compiled" || key4 === "script")) {
                  const err72 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.versionUpgrades.items, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
              if (data29.from !== void 0) {
                let data30 = data29.from;
                if (typeof data30 !== "string") {
                  const err73 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/from", schemaPath: "#/properties/versionUpgrades/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.versionUpgrades.items.properties.from.type, parentSchema: schema31.properties.versionUpgrades.items.properties.from, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              }
              if (data29.to !== void 0) {
                let data31 = data29.to;
                if (typeof data31 !== "string") {
                  const err74 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/to", schemaPath: "#/properties/versionUpgrades/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.versionUpgrades.items.properties.to.type, parentSchema: schema31.properties.versionUpgrades.items.properties.to, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
              if (data29.move !== void 0) {
                let data32 = data29.move;
                if (typeof data32 !== "boolean") {
                  const err75 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/move", schemaPath: "#/properties/versionUpgrades/items/properties/move/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.versionUpgrades.items.properties.move.type, parentSchema: schema31.properties.versionUpgrades.items.properties.move, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              }
              if (data29.compiled !== void 0) {
                let data33 = data29.compiled;
                if (Array.isArray(data33)) {
                  const len5 = data33.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    if (!validate23(data33[i5], { instancePath: instancePath + "/versionUpgrades/" + i4 + "/compiled/" + i5, parentData: data33, parentDataProperty: i5, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err76 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/compiled", schemaPath: "#/properties/versionUpgrades/items/properties/compiled/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.versionUpgrades.items.properties.compiled.type, parentSchema: schema31.properties.versionUpgrades.items.properties.compiled, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              if (data29.script !== void 0) {
                let data35 = data29.script;
                if (Array.isArray(data35)) {
                  const len6 = data35.length;
                  for (let i6 = 0; i6 < len6; i6++) {
                    if (!validate23(data35[i6], { instancePath: instancePath + "/versionUpgrades/" + i4 + "/script/" + i6, parentData: data35, parentDataProperty: i6, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                      errors = vErrors.length;
                    }
                  }
                } else {
                  const err77 = { instancePath: instancePath + "/versionUpgrades/" + i4 + "/script", schemaPath: "#/properties/versionUpgrades/items/properties/script/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.versionUpgrades.items.properties.script.type, parentSchema: schema31.properties.versionUpgrades.items.properties.script, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
            } else {
              const err78 = { instancePath: instancePath + "/versionUpgrades/" + i4, schemaPath: "#/properties/versionUpgrades/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.versionUpgrades.items.type, parentSchema: schema31.properties.versionUpgrades.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        } else {
          const err79 = { instancePath: instancePath + "/versionUpgrades", schemaPath: "#/properties/versionUpgrades/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.versionUpgrades.type, parentSchema: schema31.properties.versionUpgrades, data: data28 };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
      }
      if (data.affected !== void 0) {
        let data37 = data.affected;
        if (Array.isArray(data37)) {
          const len7 = data37.length;
          for (let i7 = 0; i7 < len7; i7++) {
            let data38 = data37[i7];
            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
              if (data38.kind === void 0) {
                const err80 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (data38.name === void 0) {
                const err81 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              if (data38.jobs === void 0) {
                const err82 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/required", keyword: "required", params: { missingProperty: "jobs" }, message: "must have required property 'jobs'", schema: schema31.properties.affected.items.required, parentSchema: schema31.properties.affected.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              for (const key5 in data38) {
                if (!(key5 === "kind" || key5 === "name" || key5 === "jobs")) {
                  const err83 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.affected.items, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
              if (data38.kind !== void 0) {
                let data39 = data38.kind;
                if (!(data39 === "table" || data39 === "udf")) {
                  const err84 = { instancePath: instancePath + "/affected/" + i7 + "/kind", schemaPath: "#/properties/affected/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.affected.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.affected.items.properties.kind.enum, parentSchema: schema31.properties.affected.items.properties.kind, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data38.name !== void 0) {
                let data40 = data38.name;
                if (typeof data40 !== "string") {
                  const err85 = { instancePath: instancePath + "/affected/" + i7 + "/name", schemaPath: "#/properties/affected/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.affected.items.properties.name.type, parentSchema: schema31.properties.affected.items.properties.name, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              }
              if (data38.jobs !== void 0) {
                let data41 = data38.jobs;
                if (Array.isArray(data41)) {
                  const len8 = data41.length;
                  for (let i8 = 0; i8 < len8; i8++) {
                    let data42 = data41[i8];
                    if (typeof data42 !== "string") {
                      const err86 = { instancePath: instancePath + "/affected/" + i7 + "/jobs/" + i8, schemaPath: "#/properties/affected/items/properties/jobs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.affected.items.properties.jobs.items.type, parentSchema: schema31.properties.affected.items.properties.jobs.items, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err87 = { instancePath: instancePath + "/affected/" + i7 + "/jobs", schemaPath: "#/properties/affected/items/properties/jobs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.affected.items.properties.jobs.type, parentSchema: schema31.properties.affected.items.properties.jobs, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            } else {
              const err88 = { instancePath: instancePath + "/affected/" + i7, schemaPath: "#/properties/affected/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.affected.items.type, parentSchema: schema31.properties.affected.items, data: data38 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          }
        } else {
          const err89 = { instancePath: instancePath + "/affected", schemaPath: "#/properties/affected/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.affected.type, parentSchema: schema31.properties.affected, data: data37 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
      }
      if (data.lineage !== void 0) {
        let data43 = data.lineage;
        if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
          if (data43.nodes === void 0) {
            const err90 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema31.properties.lineage.required, parentSchema: schema31.properties.lineage, data: data43 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          if (data43.edges === void 0) {
            const err91 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/required", keyword: "required", params: { missingProperty: "edges" }, message: "must have required property 'edges'", schema: schema31.properties.lineage.required, parentSchema: schema31.properties.lineage, data: data43 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
          for (const key6 in data43) {
            if (!(key6 === "nodes" || key6 === "edges")) {
              const err92 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage, data: data43 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          if (data43.nodes !== void 0) {
            let data44 = data43.nodes;
            if (Array.isArray(data44)) {
              const len9 = data44.length;
              for (let i9 = 0; i9 < len9; i9++) {
                let data45 = data44[i9];
                if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                  if (data45.id === void 0) {
                    const err93 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                  if (data45.kind === void 0) {
                    const err94 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                  if (data45.label === void 0) {
                    const err95 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                  if (data45.changed === void 0) {
                    const err96 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'", schema: schema31.properties.lineage.properties.nodes.items.required, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                  for (const key7 in data45) {
                    if (!(key7 === "id" || key7 === "kind" || key7 === "label" || key7 === "changed")) {
                      const err97 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  }
                  if (data45.id !== void 0) {
                    let data46 = data45.id;
                    if (typeof data46 === "string") {
                      if (!pattern11.test(data46)) {
                        const err98 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/id", schemaPath: "#/properties/lineage/properties/nodes/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^(job|table|view|udf):" }, message: 'must match pattern "^(job|table|view|udf):"', schema: "^(job|table|view|udf):", parentSchema: schema31.properties.lineage.properties.nodes.items.properties.id, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    } else {
                      const err99 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/id", schemaPath: "#/properties/lineage/properties/nodes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.nodes.items.properties.id.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.id, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  }
                  if (data45.kind !== void 0) {
                    let data47 = data45.kind;
                    if (!(data47 === "job" || data47 === "table" || data47 === "view" || data47 === "udf")) {
                      const err100 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/kind", schemaPath: "#/properties/lineage/properties/nodes/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.lineage.properties.nodes.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lineage.properties.nodes.items.properties.kind.enum, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.kind, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                  }
                  if (data45.label !== void 0) {
                    let data48 = data45.label;
                    if (typeof data48 !== "string") {
                      const err101 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/label", schemaPath: "#/properties/lineage/properties/nodes/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.nodes.items.properties.label.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.label, data: data48 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  }
                  if (data45.changed !== void 0) {
                    let data49 = data45.changed;
                    if (typeof data49 !== "boolean") {
                      const err102 = { instancePath: instancePath + "/lineage/nodes/" + i9 + "/changed", schemaPath: "#/properties/lineage/properties/nodes/items/properties/changed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.lineage.properties.nodes.items.properties.changed.type, parentSchema: schema31.properties.lineage.properties.nodes.items.properties.changed, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err103 = { instancePath: instancePath + "/lineage/nodes/" + i9, schemaPath: "#/properties/lineage/properties/nodes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.properties.nodes.items.type, parentSchema: schema31.properties.lineage.properties.nodes.items, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
            } else {
              const err104 = { instancePath: instancePath + "/lineage/nodes", schemaPath: "#/properties/lineage/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.lineage.properties.nodes.type, parentSchema: schema31.properties.lineage.properties.nodes, data: data44 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
          if (data43.edges !== void 0) {
            let data50 = data43.edges;
            if (Array.isArray(data50)) {
              const len10 = data50.length;
              for (let i10 = 0; i10 < len10; i10++) {
                let data51 = data50[i10];
                if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                  if (data51.from === void 0) {
                    const err105 = { instancePath: instancePath + "/lineage/edges/" + i10, schemaPath: "#/properties/lineage/properties/edges/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.lineage.properties.edges.items.required, parentSchema: schema31.properties.lineage.properties.edges.items, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                  if (data51.to === void 0) {
                    const err106 = { instancePath: instancePath + "/lineage/edges/" + i10, schemaPath: "#/properties/lineage/properties/edges/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.lineage.properties.edges.items.required, parentSchema: schema31.properties.lineage.properties.edges.items, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                  for (const key8 in data51) {
                    if (!(key8 === "from" || key8 === "to")) {
                      const err107 = { instancePath: instancePath + "/lineage/edges/" + i10, schemaPath: "#/properties/lineage/properties/edges/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.lineage.properties.edges.items, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                  }
                  if (data51.from !== void 0) {
                    let data52 = data51.from;
                    if (typeof data52 !== "string") {
                      const err108 = { instancePath: instancePath + "/lineage/edges/" + i10 + "/from", schemaPath: "#/properties/lineage/properties/edges/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.edges.items.properties.from.type, parentSchema: schema31.properties.lineage.properties.edges.items.properties.from, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  }
                  if (data51.to !== void 0) {
                    let data53 = data51.to;
                    if (typeof data53 !== "string") {
                      const err109 = { instancePath: instancePath + "/lineage/edges/" + i10 + "/to", schemaPath: "#/properties/lineage/properties/edges/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lineage.properties.edges.items.properties.to.type, parentSchema: schema31.properties.lineage.properties.edges.items.properties.to, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err110 = { instancePath: instancePath + "/lineage/edges/" + i10, schemaPath: "#/properties/lineage/properties/edges/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.properties.edges.items.type, parentSchema: schema31.properties.lineage.properties.edges.items, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              }
            } else {
              const err111 = { instancePath: instancePath + "/lineage/edges", schemaPath: "#/properties/lineage/properties/edges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.lineage.properties.edges.type, parentSchema: schema31.properties.lineage.properties.edges, data: data50 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          }
        } else {
          const err112 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lineage.type, parentSchema: schema31.properties.lineage, data: data43 };
          if (vErrors === null) {
            vErrors = [err112];
          } else {
            vErrors.push(err112);
          }
          errors++;
        }
      }
      if (data.diagnostics !== void 0) {
        let data54 = data.diagnostics;
        if (Array.isArray(data54)) {
          const len11 = data54.length;
          for (let i11 = 0; i11 < len11; i11++) {
            if (!validate26(data54[i11], { instancePath: instancePath + "/diagnostics/" + i11, parentData: data54, parentDataProperty: i11, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err113 = { instancePath: instancePath + "/diagnostics", schemaPath: "#/properties/diagnostics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.diagnostics.type, parentSchema: schema31.properties.diagnostics, data: data54 };
          if (vErrors === null) {
            vErrors = [err113];
          } else {
            vErrors.push(err113);
          }
          errors++;
        }
      }
    } else {
      const err114 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err114];
      } else {
        vErrors.push(err114);
      }
      errors++;
    }
    validate202.errors = vErrors;
    return errors === 0;
  });
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.plan = validate20;
});
var plan;
function planFileValidator() {
  if (!plan) {
    plan = {};
    planValidators(plan);
  }
  return plan.plan;
}

// src/plan/plan-file.ts
var PLAN_FILE_CODES = { invalid: "FO690", version: "FO691" };
var SUMMARY_PROBLEMS = 3;
var START = { line: 1, column: 1 };
var pointerToPath = (function pointerToPath(pointer, data) {
  const out = [];
  let cur = data;
  for (const raw of pointer ? pointer.slice(1).split("/") : []) {
    const seg = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const key = Array.isArray(cur) ? Number(seg) : seg;
    out.push(key);
    cur = cur && typeof cur === "object" ? cur[key] : void 0;
  }
  return out;
});
var where = (function where(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
});
var typeWords = (function typeWords(t) {
  const words = {
    object: "an object",
    array: "an array",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "a boolean",
    null: "null"
  };
  const list = (Array.isArray(t) ? t : [t]).filter((x) => typeof x === "string");
  if (list.length === 0) return void 0;
  return list.map((x) => words[x] ?? x).join(" or ");
});
var problemOf = (function problemOf(e, data) {
  const path = pointerToPath(e.instancePath, data);
  const at = path.length ? where(path) : "the plan";
  const p = e.params;
  switch (e.keyword) {
    case "required": {
      const key = String(p.missingProperty);
      const prop = e.parentSchema?.properties?.[key];
      const words = typeWords(prop?.type);
      const name = where([...path, key]);
      return { text: words ? `${name} must be ${words}` : `${name} is missing`, path, what: "value" };
    }
    case "type":
      return { text: `${at} must be ${typeWords(p.type) ?? String(p.type)}`, path, what: "value" };
    case "enum":
      return {
        text: `${at} must be one of ${p.allowedValues.map(String).join(", ")}`,
        path,
        what: "value"
      };
    case "const":
      return { text: `${at} must be ${JSON.stringify(p.allowedValue)}`, path, what: "value" };
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return { text: `${at} has an unknown key "${key}"`, path: [...path, key], what: "key" };
    }
    case "if":
      return void 0;
    // the failing `then` reports what is missing
    default:
      return { text: `${at} ${e.message ?? "is invalid"}`, path, what: "value" };
  }
});
var parsePlanJson = (function parsePlanJson(text, file = "plan.json") {
  const fail = (code, summary, detail, range = { file, start: START, end: START }) => ({ value: void 0, diags: [error(code, summary, detail, range)] });
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message = jsonErrorSummary(e);
    const lines = new LineIndex(text);
    const at = lines.pos(jsonErrorOffset(e, text, lines));
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not valid JSON: ${message}`,
      "Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand.",
      { file, start: at, end: at }
    );
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc) || !("formatVersion" in doc)) {
    return fail(
      PLAN_FILE_CODES.invalid,
      `${file} is not a flinkops plan: it has no formatVersion`,
      "Pass the file written by `flinkops plan --out plan.json` (or `flinkops plan --json`)."
    );
  }
  const version = doc.formatVersion;
  if (version !== PLAN_FORMAT_VERSION) {
    const newer = typeof version === "number" && version > PLAN_FORMAT_VERSION;
    return fail(
      PLAN_FILE_CODES.version,
      `${file} has plan format version ${JSON.stringify(version)}; this flinkops reads version ${PLAN_FORMAT_VERSION}`,
      newer ? "The plan was written by a newer flinkops. Upgrade flinkops, or plan again with this version." : "The plan was written by another flinkops version. Plan again with this version."
    );
  }
  const validate = planFileValidator();
  if (validate(doc)) return { value: doc, diags: [] };
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validate.errors ?? []) {
    const p = problemOf(e, doc);
    if (!p || seen.has(p.text)) continue;
    seen.add(p.text);
    problems.push(p);
  }
  const source = parseWithLibrary(file, text).value;
  const located = problems.map((p) => ({ ...p, range: source?.locate(p.path, p.what) ?? { file, start: START, end: START } })).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  const place = (r) => `${r.file}:${r.start.line}:${r.start.column}`;
  const shown = located.slice(0, SUMMARY_PROBLEMS).map((p) => p.text);
  const more = problems.length > SUMMARY_PROBLEMS ? ` (and ${problems.length - SUMMARY_PROBLEMS} more)` : "";
  return fail(
    PLAN_FILE_CODES.invalid,
    `${file} is not a valid flinkops plan: ${shown.join("; ")}${more}`,
    [
      ...located.map((p) => `${place(p.range)}: ${p.text}.`),
      "Write the plan again with `flinkops plan --out plan.json`; do not edit it by hand."
    ].join("\n"),
    located[0]?.range
  );
});

// src/cli/progress.ts
var applyProgress = (function applyProgress(io, mask2) {
  const dim = (s) => io.color ? `\x1B[2m${s}\x1B[22m` : s;
  const quiet = /* @__PURE__ */ new Set();
  const isQuiet = (e) => {
    if (e.type === "step-started" && e.step.kind === "sync-record") quiet.add(e.job);
    return quiet.has(e.job);
  };
  if (!io.isTTY) {
    return {
      onEvent(e) {
        if (isQuiet(e)) return;
        switch (e.type) {
          case "step-finished":
            io.stderr(
              `${e.job}: ${describeStep(e.step)} \u2026 ${e.ok ? "done" : "failed"} (${seconds(e.elapsedMs)})
`
            );
            break;
          case "rollback-started":
            io.stderr(`${e.job}: rolling back: ${mask2(e.reason)}
`);
            break;
          case "job-done":
            io.stderr(`${e.job}: ${e.change.action} ${e.change.outcome}
`);
            break;
          default:
            break;
        }
      },
      done() {
      }
    };
  }
  const lines = /* @__PURE__ */ new Map();
  let drawn = 0;
  const row = (job, text) => `\x1B[2K${job.padEnd(24)} ${text}
`;
  const redraw = (finished) => {
    let out = drawn ? `\x1B[${drawn}A` : "";
    if (finished !== void 0) out += finished;
    for (const [job, text] of lines) out += row(job, text);
    drawn = lines.size;
    io.stderr(out);
  };
  return {
    onEvent(e) {
      if (isQuiet(e)) return;
      switch (e.type) {
        case "step-started":
          lines.set(e.job, describeStep(e.step));
          break;
        case "poll-progress":
          lines.set(
            e.job,
            `${lines.get(e.job)?.split(" \u2026")[0] ?? e.what} \u2026 ${dim(`${e.what} ${seconds(e.elapsedMs)}`)}`
          );
          break;
        case "rollback-started":
          lines.set(e.job, `rolling back: ${mask2(e.reason)}`);
          break;
        case "job-done":
          lines.delete(e.job);
          redraw(row(e.job, `${e.change.action} ${e.change.outcome}`));
          return;
        default:
          return;
      }
      redraw();
    },
    done() {
      drawn = 0;
    }
  };
});
var seconds = (function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
});

// src/cli/commands/apply.ts
var STOP_NOTICE = "stopping after the steps in flight (a savepoint in progress is awaited and recorded); no new step starts, the lock is released.";
var LOG_TAIL_LINES = 50;
var applyCommandWith = (function applyCommandWith(ports) {
  return {
    summary: "Carry out a plan: submit, upgrade through savepoints, rescale, suspend, resume, delete",
    help: [
      "Usage: flinkops apply [PLAN.json] [--env NAME] [--dir DIR] [--auto-approve] [--explain] [--json]",
      "",
      "Without a file: plans, shows the plan and asks for confirmation (on a terminal; elsewhere",
      "--auto-approve is required). With a file saved by `flinkops plan --out`: applies exactly that",
      "plan, refused if the cluster, the state store or the repository changed since.",
      "Holds the state store lock for the whole run; every savepoint is recorded the moment it",
      "completes; a new job that does not stay healthy is rolled back from the same savepoint.",
      "When a change fails, prints its root cause and the last 50 lines of the JobManager log",
      "(secrets masked; with --json, as jobmanagerLog).",
      "Ctrl-C (SIGINT) or a cancelled CI run (SIGTERM): no new step starts, the steps in flight reach",
      "a safe point (a savepoint in progress is awaited and recorded, a health check is left for the",
      "next plan to show), the lock is released and the report says what was done; exit 130/143.",
      "A second signal stops at once; the next run sees the lock it leaves is dead and breaks it.",
      "  --auto-approve         do not ask for confirmation",
      "  --explain              print the steps apply would take, and stop",
      "  --parallelism N        jobs worked on at once (default 4)",
      "  --health-grace DUR     how long a new job must stay healthy before it counts (default 30s)",
      "  --checkpoint-wait DUR  then, with checkpointing on, how long to wait for its first completed",
      "                         checkpoint (default 10min; 0 skips that check)",
      "  --allow-delete         delete jobs removed from the repository (final savepoint first)",
      "  --allow-version-upgrade  start planMode: script jobs on a new Flink version from their",
      "                         savepoint although their state verdict is unknown",
      forceUnlockHelp,
      "  --lock-timeout DUR     wait this long for a lock another run holds (default 0: fail at once)",
      "  --now ISO-8601         plan and apply as if run at that instant (schedules)",
      "  --target JOB           plan and apply only this job (repeatable); not with a saved plan",
      "  --json                 print the apply report as JSON",
      ...clusterHelp
    ].join("\n"),
    async run(argv, io) {
      const args = parseCommandArgs(
        argv,
        {
          ...planOptions,
          "auto-approve": { type: "boolean", short: "y" },
          explain: { type: "boolean" },
          parallelism: { type: "string" },
          ...forceUnlockOption,
          "health-grace": { type: "string" },
          "checkpoint-wait": { type: "string" },
          "lock-timeout": { type: "string" }
        },
        1
      );
      const checkpointWaitMs = durationOpt(args, "checkpoint-wait");
      const graceMs = durationOpt(args, "health-grace");
      const lockTimeoutMs = durationOpt(args, "lock-timeout");
      const dir = projectDir(args, io);
      const json = boolOpt(args, "json");
      const planFile = args.positionals[0];
      let saved;
      if (planFile) {
        const path = isAbsolute(planFile) ? planFile : resolve(io.cwd, planFile);
        let text;
        try {
          text = readFileSync(path, "utf8");
        } catch (e) {
          const code = e.code;
          const why = code === "ENOENT" ? "no such file; save a plan with `flinkops plan --out FILE`" : code === "EISDIR" ? "it is a folder" : e.message;
          throw new UsageError(`cannot read the plan file ${planFile}: ${why}`);
        }
        const parsed = parsePlanJson(text, planFile);
        if (!parsed.value) {
          reportDiagnostics(io, dir, parsed.diags);
          return EXIT.error;
        }
        saved = parsed.value;
      }
      const target = targetOpt(args);
      if (saved && target)
        throw new UsageError(
          "--target is for a new plan: a saved plan is applied as it was made (with its own target)"
        );
      const env = saved?.env ?? commandEnv(args, io, dir, json);
      if (env === void 0) return EXIT.error;
      const nowText = stringOpt(args, "now");
      const commit = currentCommit(args, io, dir);
      const secrets = secretSource(io);
      const run = await runPlan({
        ...clusterRun(args, io, dir, env),
        secrets,
        offline: false,
        allowDelete: boolOpt(args, "allow-delete"),
        allowVersionUpgrade: boolOpt(args, "allow-version-upgrade"),
        checkpoints: "for-restarts",
        stateVerdicts: true,
        keepPrevious: true,
        now: nowText === void 0 ? new Date(ports.clock.now()).toISOString() : planInstant(nowText),
        ...commit ? { commit } : {},
        ...target ? { target } : {},
        clock: ports.clock,
        ...ports.client ? { client: ports.client } : {},
        onProgress: progressPrinter(io, json || !io.isTTY)
      });
      const secretValues = [...run.secretValues, ...jobSecretValues(run.desired, secrets)];
      const m = (s) => mask(s, secretValues);
      const fail = async (diags) => {
        await closeRun(run);
        if (json) io.stdout(`${m(JSON.stringify({ diagnostics: diags }, null, 2))}
`);
        else
          reportDiagnostics(
            io,
            dir,
            diags.map((d) => ({ ...d, summary: m(d.summary), detail: m(d.detail) }))
          );
        return EXIT.error;
      };
      if (!run.plan || !run.desired || !run.client || !run.store || hasErrors(run.diags))
        return fail(run.diags);
      const unlocked = await forceUnlock(args, io, run.store, json);
      if (unlocked.length) return fail(unlocked);
      const plan2 = saved ?? run.plan;
      if (target) {
        try {
          checkTargets(plan2);
        } catch (e) {
          await run.client.close();
          throw e;
        }
      }
      if (saved) {
        const mismatch = planMatchesRepository(saved, run.desired);
        if (mismatch.length) return fail(mismatch);
      }
      if (boolOpt(args, "explain")) {
        const steps = toSteps(plan2, run.desired, run.state?.doc);
        io.stdout(
          json ? `${m(JSON.stringify(explainJson(plan2, steps), null, 2))}
` : m(describeSteps(steps))
        );
        await closeRun(run);
        return EXIT.ok;
      }
      if (!json) io.stdout(m(renderPlanTerminal(plan2, { color: io.color })));
      if (!hasChanges(plan2)) {
        await closeRun(run);
        if (json) io.stdout(`${JSON.stringify({ changes: [], diagnostics: plan2.diagnostics }, null, 2)}
`);
        return EXIT.ok;
      }
      if (!saved && !boolOpt(args, "auto-approve")) {
        if (!io.confirm || !io.isTTY) {
          await closeRun(run);
          throw new UsageError("apply without a terminal needs --auto-approve (or apply a saved plan file)");
        }
        const ok = await io.confirm('\nDo you want to perform these actions? Only "yes" is accepted:');
        if (!ok) {
          await closeRun(run);
          io.stdout("Apply cancelled.\n");
          return EXIT.error;
        }
      }
      const progress = applyProgress(io, m);
      const { desired, client, store } = run;
      const { report, log } = await runGraceful(
        io.interrupt,
        STOP_NOTICE,
        (stop) => runApply({
          plan: plan2,
          desired,
          client,
          ...run.previous ? { previous: run.previous } : {},
          store,
          clock: ports.clock,
          secrets,
          secretValues,
          owner: { who: owner(io), command: "flinkops apply", host: hostname() },
          parallelism: intOpt(args, "parallelism", 4),
          ...commit ? { commit } : {},
          timing: {
            ...graceMs !== void 0 ? { graceMs } : {},
            ...checkpointWaitMs !== void 0 ? { checkpointWaitMs } : {},
            ...lockTimeoutMs !== void 0 ? { lockTimeoutMs } : {}
          },
          hooks: json ? {} : { onEvent: progress.onEvent },
          stop,
          failureLog: { lines: LOG_TAIL_LINES }
        })
      );
      progress.done();
      await closeRun(run);
      if (json) {
        const { diags, ...rest } = report;
        const out = { ...rest, diagnostics: diags, ...log ? { jobmanagerLog: log } : {} };
        io.stdout(`${m(JSON.stringify(out, null, 2))}
`);
      } else {
        io.stdout(m(renderApplyReport(report)));
        if (log)
          io.stdout(
            m(
              renderFailureDetails(report, log.lines, {
                color: io.color,
                ...log.unavailable ? { logUnavailable: log.unavailable } : {}
              })
            )
          );
        reportDiagnostics(
          io,
          dir,
          report.diags.map((d) => ({ ...d, summary: m(d.summary), detail: m(d.detail) }))
        );
      }
      return applyFailed(report) ? EXIT.error : EXIT.ok;
    }
  };
});
var applyCommand = applyCommandWith({ clock: systemClock });
export {
  applyCommand,
  applyCommandWith
};
