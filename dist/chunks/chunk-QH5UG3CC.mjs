import {
  STATE_CODES,
  StateStoreError
} from "./chunk-TKT2SQCQ.mjs";
import {
  isMap,
  isSeq,
  parseDocument
} from "./chunk-SIW47MSI.mjs";
import {
  randomHex
} from "./chunk-QDFCQ7OG.mjs";
import {
  LineIndex
} from "./chunk-MHE3XHPS.mjs";
import {
  error
} from "./chunk-FYVUM4PK.mjs";

// src/state/model.ts
var STATE_FORMAT_VERSION = 5;
var OLDEST_STATE_FORMAT_VERSION = 1;
var LEGACY_HISTORY_ACTIONS = {
  suspended: "suspend",
  deleted: "delete"
};
var emptyState = (function emptyState(project, env) {
  return { formatVersion: STATE_FORMAT_VERSION, project, env, jobs: {} };
});

// src/state/secrets.ts
var MIN_SECRET_LENGTH = 4;
var findSecretValues = (function findSecretValues(doc, secretValues) {
  const secrets = secretValues.filter((s) => s.length >= MIN_SECRET_LENGTH);
  if (secrets.length === 0) return [];
  const found = [];
  const walk = (value, path) => {
    if (typeof value === "string") {
      if (secrets.some((s) => value.includes(s))) found.push(path);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (secrets.some((s) => k.includes(s))) found.push(path ? `${path} (a key)` : "(a key)");
        walk(v, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(doc, "");
  return found;
});
var assertNoSecretValues = (function assertNoSecretValues(doc, secretValues) {
  const paths = findSecretValues(doc, secretValues);
  if (paths.length === 0) return;
  throw new StateStoreError({
    code: STATE_CODES.secret,
    severity: "error",
    summary: `refusing to write a secret value to the state store (at ${paths.slice(0, 3).join(", ")}${paths.length > 3 ? ", \u2026" : ""})`,
    detail: "A resolved secret reached the state document; nothing was written. Scripts must be stored with their ${secret.NAME} placeholders. This is a bug in flinkops: please report it, without the secret."
  });
});

// flinkops-generated:virtual:flinkops-state-validator
function ucs2length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function require2(id) {
  if (id === "ajv/dist/runtime/ucs2length") return { default: ucs2length };
  if (id === "ajv-formats/dist/formats") return { fullFormats };
  throw new Error(`bug: schema validators need ${id}`);
}
var stateValidators = (function stateValidators2(exports) {
  "use strict";
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "flinkops state store file", "description": "What the cluster forgets about one project environment: savepoint paths, the script each job was started from, the rollback target and a bounded history. Written by flinkops with compare-and-swap on `version`; do not edit by hand while an apply may run.", "type": "object", "required": ["version", "state"], "additionalProperties": false, "properties": { "$schema": { "description": "Schema of this file, for editors.", "type": "string" }, "version": { "description": "Incremented by every write; a write expecting another version is refused.", "type": "integer", "minimum": 1 }, "updatedAt": { "description": "ISO-8601 time of the last write.", "type": "string" }, "message": { "description": "What the last write did.", "type": "string" }, "state": { "description": "The document the state store keeps for the environment.", "$ref": "#/$defs/stateDoc" } }, "$defs": { "identifier": { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "stateDoc": { "title": "State document", "type": "object", "required": ["formatVersion", "project", "env", "jobs"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know. 5 since 7 Dec 2026 (a deployed version's endpoint); 4 since 7 Dec 2026 (a pending rollback); 3 since 6 Dec 2026 (savepoints' flinkVersion); 2 since 5 Dec 2026; 1 to 4 are read, and written back as 5.", "enum": [1, 2, 3, 4, 5] }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the document is for.", "$ref": "#/$defs/identifier" }, "jobs": { "description": "One record per job ever deployed to the environment, by job name.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/jobRecord" } }, "alerts": { "description": "Open health alerts sent to the environment's alert channels, per job and rule: when each started. Never holds a URL or secret.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "object", "propertyNames": { "pattern": "^[a-zA-Z]+$" }, "additionalProperties": { "type": "string" } } } } }, "jobRecord": { "title": "Job record", "type": "object", "required": ["pipelineName", "status", "savepoints", "history"], "additionalProperties": false, "properties": { "pipelineName": { "description": "`<project>.<env>.<job>`: the name the job has on the cluster.", "type": "string", "minLength": 1 }, "status": { "description": "What flinkops last left the job as.", "enum": ["running", "suspended", "deleted", "failed"] }, "current": { "description": "What runs (or last ran) on the cluster.", "$ref": "#/$defs/deployedVersion" }, "lastStable": { "description": "The last version that passed its health grace period: the rollback target.", "$ref": "#/$defs/deployedVersion" }, "savepoints": { "description": "Savepoints of the job, newest last; written the moment each completes.", "type": "array", "items": { "$ref": "#/$defs/savepoint" } }, "deletionPolicy": { "description": "The deletion policy at deploy time, so a job removed from the repository still knows it.", "enum": ["retain", "delete"] }, "pending": { "description": "An operation under way, written before it is triggered so a rerun after a crash finds its result.", "$ref": "#/$defs/pending" }, "rolledBack": { "description": "The change an apply made and rolled back: plans do not try it again while the repository asks for exactly it (`--replace JOB` does); a new deployment of the job clears it.", "$ref": "#/$defs/rolledBack" }, "history": { "description": "What happened to the job, newest last, bounded.", "type": "array", "items": { "$ref": "#/$defs/historyEntry" } } } }, "rolledBack": { "title": "Rolled-back change", "type": "object", "required": ["specHash", "parallelism", "upgradeMode", "allowNonRestoredState", "time", "cause"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash the failed version was started with.", "type": "string", "minLength": 1 }, "parallelism": { "description": "Parallelism it was started at.", "type": "integer", "minimum": 1 }, "upgradeMode": { "description": "How it was started (the job's upgradeMode).", "type": "string" }, "allowNonRestoredState": { "description": "Whether it was started allowing non-restored state.", "type": "boolean" }, "time": { "description": "ISO-8601 time of the rollback.", "type": "string" }, "jobId": { "description": "Job id of the failed job, if it was started.", "type": "string" }, "cause": { "description": "Why the new version failed (secrets masked).", "type": "string" } } }, "savepoint": { "title": "Savepoint", "type": "object", "required": ["path", "time", "triggerId", "jobId", "specHash", "kind"], "additionalProperties": false, "properties": { "path": { "description": "Location of the savepoint (e.g. s3://bucket/savepoints/savepoint-\u2026).", "type": "string", "minLength": 1 }, "time": { "description": "ISO-8601 time the savepoint completed.", "type": "string" }, "triggerId": { "description": "Flink trigger id of the savepoint operation.", "type": "string" }, "jobId": { "description": "Job id of the job the savepoint was taken from.", "type": "string" }, "specHash": { "description": "Spec hash of the job the savepoint was taken from (what it can restore).", "type": "string" }, "kind": { "description": "Why the savepoint was taken.", "enum": ["upgrade", "suspend", "delete", "rescale", "periodic", "manual", "final"] }, "disposed": { "description": "Disposed of on the cluster: kept for history, never restored from.", "type": "boolean" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster that wrote it: a release of an older major line cannot restore it. Absent in stores written before it was recorded.", "type": "string" } } }, "deployedVersion": { "title": "Deployed version", "type": "object", "required": ["specHash", "script", "parallelism", "jobId", "deployedAt"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed script and its restart-needing settings.", "type": "string", "minLength": 1 }, "script": { "description": "The compiled script, with secret placeholders (never values).", "type": "string" }, "parallelism": { "description": "Parallelism it was deployed with.", "type": "integer", "minimum": 1 }, "jobId": { "description": "Flink job id.", "type": "string" }, "commit": { "description": "Commit it was compiled from.", "type": "string" }, "deployedAt": { "description": "ISO-8601 time it was submitted.", "type": "string" }, "restoredFrom": { "description": "Savepoint or checkpoint it was started from.", "type": "string" }, "startedWithoutState": { "description": "flinkops started it restoring nothing (a create, an upgradeMode: stateless upgrade): savepoints and checkpoints from before deployedAt are an earlier version's state, never its restore points.", "type": "boolean" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster it was started on: a later start on another version is a version upgrade.", "type": "string" }, "endpoint": { "description": "A hash of the JobManager endpoint it was started through (scheme, host, port, path; never the URL): a plan that finds the job gone from a cluster reached through another endpoint says so (FO739). Absent in stores written before it was recorded.", "type": "string", "pattern": "^[0-9a-f]{16}$" }, "plan": { "description": "planMode: compiled \u2014 the compiled plan it was started from with EXECUTE PLAN: the file and its exact bytes.", "type": "object", "additionalProperties": false, "required": ["path", "sha256", "json"], "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "json": { "description": "The plan file's bytes (JSON text, as Flink wrote it).", "type": "string" } } }, "settings": { "description": "Restart-needing settings as deployed, so a later change to them is explained.", "type": "object" }, "adopted": { "description": "Taken over as it ran (adopt), or a rollback to such a version: specHash and script are the repository's at the adoption, while the job's state was written by a script flinkops never saw.", "const": true } } }, "pending": { "title": "Operation under way", "type": "object", "required": ["kind", "startedAt"], "additionalProperties": false, "properties": { "kind": { "description": "The operation.", "enum": ["savepoint", "stop-with-savepoint", "submit", "rescale", "cancel", "rollback"] }, "triggerId": { "description": "Flink trigger id, once the operation was triggered.", "type": "string" }, "jobId": { "description": "Job the operation acts on.", "type": "string" }, "startedAt": { "description": "ISO-8601 time the operation started.", "type": "string" }, "specHash": { "description": "For a submission: the spec hash being deployed; for a rollback: the spec hash it restores.", "type": "string" }, "failedSpecHash": { "description": "For a rollback: the spec hash of the version that failed.", "type": "string" }, "savepoint": { "description": "For a rollback: the savepoint or checkpoint it restores from.", "type": "string" }, "cause": { "description": "For a rollback: why the new version failed.", "type": "string" } }, "allOf": [{ "if": { "properties": { "kind": { "enum": ["savepoint", "stop-with-savepoint"] } } }, "then": { "properties": { "jobId": true, "triggerId": true }, "required": ["jobId", "triggerId"] } }, { "if": { "properties": { "kind": { "const": "submit" } } }, "then": { "properties": { "specHash": true }, "required": ["specHash"] } }, { "if": { "properties": { "kind": { "enum": ["rescale", "cancel"] } } }, "then": { "properties": { "jobId": true }, "required": ["jobId"] } }, { "if": { "properties": { "kind": { "const": "rollback" } } }, "then": { "properties": { "specHash": true, "failedSpecHash": true, "cause": true }, "required": ["specHash", "failedSpecHash", "cause"] } }] }, "historyEntry": { "title": "History entry", "type": "object", "required": ["time", "action"], "additionalProperties": false, "properties": { "time": { "description": "ISO-8601 time.", "type": "string" }, "action": { "description": "What was done (e.g. create, upgrade, suspend, rollback).", "type": "string", "minLength": 1 }, "commit": { "description": "Commit the change came from.", "type": "string" }, "jobId": { "description": "Flink job id it concerns.", "type": "string" }, "savepoint": { "description": "Savepoint it took or restored from.", "type": "string" }, "detail": { "description": "More, for people.", "type": "string" } } } } };
  const schema32 = { "title": "State document", "type": "object", "required": ["formatVersion", "project", "env", "jobs"], "additionalProperties": false, "properties": { "formatVersion": { "description": "Version of this format; a reader refuses a version it does not know. 5 since 7 Dec 2026 (a deployed version's endpoint); 4 since 7 Dec 2026 (a pending rollback); 3 since 6 Dec 2026 (savepoints' flinkVersion); 2 since 5 Dec 2026; 1 to 4 are read, and written back as 5.", "enum": [1, 2, 3, 4, 5] }, "project": { "description": "Project name (flinkops.yaml `project`).", "$ref": "#/$defs/identifier" }, "env": { "description": "Environment the document is for.", "$ref": "#/$defs/identifier" }, "jobs": { "description": "One record per job ever deployed to the environment, by job name.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "$ref": "#/$defs/jobRecord" } }, "alerts": { "description": "Open health alerts sent to the environment's alert channels, per job and rule: when each started. Never holds a URL or secret.", "type": "object", "propertyNames": { "$ref": "#/$defs/identifier" }, "additionalProperties": { "type": "object", "propertyNames": { "pattern": "^[a-zA-Z]+$" }, "additionalProperties": { "type": "string" } } } } };
  const schema33 = { "title": "Name", "type": "string", "pattern": "^[a-z][a-z0-9_]*$" };
  const pattern4 = new RegExp("^[a-z][a-z0-9_]*$", "u");
  const pattern10 = new RegExp("^[a-zA-Z]+$", "u");
  const schema36 = { "title": "Job record", "type": "object", "required": ["pipelineName", "status", "savepoints", "history"], "additionalProperties": false, "properties": { "pipelineName": { "description": "`<project>.<env>.<job>`: the name the job has on the cluster.", "type": "string", "minLength": 1 }, "status": { "description": "What flinkops last left the job as.", "enum": ["running", "suspended", "deleted", "failed"] }, "current": { "description": "What runs (or last ran) on the cluster.", "$ref": "#/$defs/deployedVersion" }, "lastStable": { "description": "The last version that passed its health grace period: the rollback target.", "$ref": "#/$defs/deployedVersion" }, "savepoints": { "description": "Savepoints of the job, newest last; written the moment each completes.", "type": "array", "items": { "$ref": "#/$defs/savepoint" } }, "deletionPolicy": { "description": "The deletion policy at deploy time, so a job removed from the repository still knows it.", "enum": ["retain", "delete"] }, "pending": { "description": "An operation under way, written before it is triggered so a rerun after a crash finds its result.", "$ref": "#/$defs/pending" }, "rolledBack": { "description": "The change an apply made and rolled back: plans do not try it again while the repository asks for exactly it (`--replace JOB` does); a new deployment of the job clears it.", "$ref": "#/$defs/rolledBack" }, "history": { "description": "What happened to the job, newest last, bounded.", "type": "array", "items": { "$ref": "#/$defs/historyEntry" } } } };
  const schema37 = { "title": "Deployed version", "type": "object", "required": ["specHash", "script", "parallelism", "jobId", "deployedAt"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash of the deployed script and its restart-needing settings.", "type": "string", "minLength": 1 }, "script": { "description": "The compiled script, with secret placeholders (never values).", "type": "string" }, "parallelism": { "description": "Parallelism it was deployed with.", "type": "integer", "minimum": 1 }, "jobId": { "description": "Flink job id.", "type": "string" }, "commit": { "description": "Commit it was compiled from.", "type": "string" }, "deployedAt": { "description": "ISO-8601 time it was submitted.", "type": "string" }, "restoredFrom": { "description": "Savepoint or checkpoint it was started from.", "type": "string" }, "startedWithoutState": { "description": "flinkops started it restoring nothing (a create, an upgradeMode: stateless upgrade): savepoints and checkpoints from before deployedAt are an earlier version's state, never its restore points.", "type": "boolean" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster it was started on: a later start on another version is a version upgrade.", "type": "string" }, "endpoint": { "description": "A hash of the JobManager endpoint it was started through (scheme, host, port, path; never the URL): a plan that finds the job gone from a cluster reached through another endpoint says so (FO739). Absent in stores written before it was recorded.", "type": "string", "pattern": "^[0-9a-f]{16}$" }, "plan": { "description": "planMode: compiled \u2014 the compiled plan it was started from with EXECUTE PLAN: the file and its exact bytes.", "type": "object", "additionalProperties": false, "required": ["path", "sha256", "json"], "properties": { "path": { "description": "Flink file system URI of the plan file.", "type": "string" }, "sha256": { "description": "sha256 (hex) of the plan file's bytes.", "type": "string" }, "json": { "description": "The plan file's bytes (JSON text, as Flink wrote it).", "type": "string" } } }, "settings": { "description": "Restart-needing settings as deployed, so a later change to them is explained.", "type": "object" }, "adopted": { "description": "Taken over as it ran (adopt), or a rollback to such a version: specHash and script are the repository's at the adoption, while the job's state was written by a script flinkops never saw.", "const": true } } };
  const schema39 = { "title": "Savepoint", "type": "object", "required": ["path", "time", "triggerId", "jobId", "specHash", "kind"], "additionalProperties": false, "properties": { "path": { "description": "Location of the savepoint (e.g. s3://bucket/savepoints/savepoint-\u2026).", "type": "string", "minLength": 1 }, "time": { "description": "ISO-8601 time the savepoint completed.", "type": "string" }, "triggerId": { "description": "Flink trigger id of the savepoint operation.", "type": "string" }, "jobId": { "description": "Job id of the job the savepoint was taken from.", "type": "string" }, "specHash": { "description": "Spec hash of the job the savepoint was taken from (what it can restore).", "type": "string" }, "kind": { "description": "Why the savepoint was taken.", "enum": ["upgrade", "suspend", "delete", "rescale", "periodic", "manual", "final"] }, "disposed": { "description": "Disposed of on the cluster: kept for history, never restored from.", "type": "boolean" }, "flinkVersion": { "description": "Flink version (major.minor) of the cluster that wrote it: a release of an older major line cannot restore it. Absent in stores written before it was recorded.", "type": "string" } } };
  const schema40 = { "title": "Operation under way", "type": "object", "required": ["kind", "startedAt"], "additionalProperties": false, "properties": { "kind": { "description": "The operation.", "enum": ["savepoint", "stop-with-savepoint", "submit", "rescale", "cancel", "rollback"] }, "triggerId": { "description": "Flink trigger id, once the operation was triggered.", "type": "string" }, "jobId": { "description": "Job the operation acts on.", "type": "string" }, "startedAt": { "description": "ISO-8601 time the operation started.", "type": "string" }, "specHash": { "description": "For a submission: the spec hash being deployed; for a rollback: the spec hash it restores.", "type": "string" }, "failedSpecHash": { "description": "For a rollback: the spec hash of the version that failed.", "type": "string" }, "savepoint": { "description": "For a rollback: the savepoint or checkpoint it restores from.", "type": "string" }, "cause": { "description": "For a rollback: why the new version failed.", "type": "string" } }, "allOf": [{ "if": { "properties": { "kind": { "enum": ["savepoint", "stop-with-savepoint"] } } }, "then": { "properties": { "jobId": true, "triggerId": true }, "required": ["jobId", "triggerId"] } }, { "if": { "properties": { "kind": { "const": "submit" } } }, "then": { "properties": { "specHash": true }, "required": ["specHash"] } }, { "if": { "properties": { "kind": { "enum": ["rescale", "cancel"] } } }, "then": { "properties": { "jobId": true }, "required": ["jobId"] } }, { "if": { "properties": { "kind": { "const": "rollback" } } }, "then": { "properties": { "specHash": true, "failedSpecHash": true, "cause": true }, "required": ["specHash", "failedSpecHash", "cause"] } }] };
  const schema41 = { "title": "Rolled-back change", "type": "object", "required": ["specHash", "parallelism", "upgradeMode", "allowNonRestoredState", "time", "cause"], "additionalProperties": false, "properties": { "specHash": { "description": "Spec hash the failed version was started with.", "type": "string", "minLength": 1 }, "parallelism": { "description": "Parallelism it was started at.", "type": "integer", "minimum": 1 }, "upgradeMode": { "description": "How it was started (the job's upgradeMode).", "type": "string" }, "allowNonRestoredState": { "description": "Whether it was started allowing non-restored state.", "type": "boolean" }, "time": { "description": "ISO-8601 time of the rollback.", "type": "string" }, "jobId": { "description": "Job id of the failed job, if it was started.", "type": "string" }, "cause": { "description": "Why the new version failed (secrets masked).", "type": "string" } } };
  const schema42 = { "title": "History entry", "type": "object", "required": ["time", "action"], "additionalProperties": false, "properties": { "time": { "description": "ISO-8601 time.", "type": "string" }, "action": { "description": "What was done (e.g. create, upgrade, suspend, rollback).", "type": "string", "minLength": 1 }, "commit": { "description": "Commit the change came from.", "type": "string" }, "jobId": { "description": "Flink job id it concerns.", "type": "string" }, "savepoint": { "description": "Savepoint it took or restored from.", "type": "string" }, "detail": { "description": "More, for people.", "type": "string" } } };
  const func1 = Object.prototype.hasOwnProperty;
  const func2 = require2("ajv/dist/runtime/ucs2length").default;
  const pattern7 = new RegExp("^[0-9a-f]{16}$", "u");
  var validate22 = (function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate222.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.pipelineName === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipelineName" }, message: "must have required property 'pipelineName'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.status === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.savepoints === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "savepoints" }, message: "must have required property 'savepoints'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.history === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "history" }, message: "must have required property 'history'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema36.properties, key0)) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.pipelineName !== void 0) {
        let data0 = data.pipelineName;
        if (typeof data0 === "string") {
          if (func2(data0) < 1) {
            const err5 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/pipelineName", schemaPath: "#/properties/pipelineName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.status !== void 0) {
        let data1 = data.status;
        if (!(data1 === "running" || data1 === "suspended" || data1 === "deleted" || data1 === "failed")) {
          const err7 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema36.properties.status.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.current !== void 0) {
        let data2 = data.current;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.specHash === void 0) {
            const err8 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (data2.script === void 0) {
            const err9 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data2.parallelism === void 0) {
            const err10 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (data2.jobId === void 0) {
            const err11 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data2.deployedAt === void 0) {
            const err12 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "deployedAt" }, message: "must have required property 'deployedAt'" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          for (const key1 in data2) {
            if (!func1.call(schema37.properties, key1)) {
              const err13 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data2.specHash !== void 0) {
            let data3 = data2.specHash;
            if (typeof data3 === "string") {
              if (func2(data3) < 1) {
                const err14 = { instancePath: instancePath + "/current/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/current/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data2.script !== void 0) {
            if (typeof data2.script !== "string") {
              const err16 = { instancePath: instancePath + "/current/script", schemaPath: "#/$defs/deployedVersion/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data2.parallelism !== void 0) {
            let data5 = data2.parallelism;
            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
              const err17 = { instancePath: instancePath + "/current/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (typeof data5 == "number" && isFinite(data5)) {
              if (data5 < 1 || isNaN(data5)) {
                const err18 = { instancePath: instancePath + "/current/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          }
          if (data2.jobId !== void 0) {
            if (typeof data2.jobId !== "string") {
              const err19 = { instancePath: instancePath + "/current/jobId", schemaPath: "#/$defs/deployedVersion/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data2.commit !== void 0) {
            if (typeof data2.commit !== "string") {
              const err20 = { instancePath: instancePath + "/current/commit", schemaPath: "#/$defs/deployedVersion/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data2.deployedAt !== void 0) {
            if (typeof data2.deployedAt !== "string") {
              const err21 = { instancePath: instancePath + "/current/deployedAt", schemaPath: "#/$defs/deployedVersion/properties/deployedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (data2.restoredFrom !== void 0) {
            if (typeof data2.restoredFrom !== "string") {
              const err22 = { instancePath: instancePath + "/current/restoredFrom", schemaPath: "#/$defs/deployedVersion/properties/restoredFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data2.startedWithoutState !== void 0) {
            if (typeof data2.startedWithoutState !== "boolean") {
              const err23 = { instancePath: instancePath + "/current/startedWithoutState", schemaPath: "#/$defs/deployedVersion/properties/startedWithoutState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data2.flinkVersion !== void 0) {
            if (typeof data2.flinkVersion !== "string") {
              const err24 = { instancePath: instancePath + "/current/flinkVersion", schemaPath: "#/$defs/deployedVersion/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          if (data2.endpoint !== void 0) {
            let data12 = data2.endpoint;
            if (typeof data12 === "string") {
              if (!pattern7.test(data12)) {
                const err25 = { instancePath: instancePath + "/current/endpoint", schemaPath: "#/$defs/deployedVersion/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{16}$" }, message: 'must match pattern "^[0-9a-f]{16}$"' };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            } else {
              const err26 = { instancePath: instancePath + "/current/endpoint", schemaPath: "#/$defs/deployedVersion/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data2.plan !== void 0) {
            let data13 = data2.plan;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              if (data13.path === void 0) {
                const err27 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (data13.sha256 === void 0) {
                const err28 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (data13.json === void 0) {
                const err29 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "json" }, message: "must have required property 'json'" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              for (const key2 in data13) {
                if (!(key2 === "path" || key2 === "sha256" || key2 === "json")) {
                  const err30 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
              if (data13.path !== void 0) {
                if (typeof data13.path !== "string") {
                  const err31 = { instancePath: instancePath + "/current/plan/path", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              if (data13.sha256 !== void 0) {
                if (typeof data13.sha256 !== "string") {
                  const err32 = { instancePath: instancePath + "/current/plan/sha256", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data13.json !== void 0) {
                if (typeof data13.json !== "string") {
                  const err33 = { instancePath: instancePath + "/current/plan/json", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            } else {
              const err34 = { instancePath: instancePath + "/current/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data2.settings !== void 0) {
            let data17 = data2.settings;
            if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
              const err35 = { instancePath: instancePath + "/current/settings", schemaPath: "#/$defs/deployedVersion/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data2.adopted !== void 0) {
            if (true !== data2.adopted) {
              const err36 = { instancePath: instancePath + "/current/adopted", schemaPath: "#/$defs/deployedVersion/properties/adopted/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/deployedVersion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.lastStable !== void 0) {
        let data19 = data.lastStable;
        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
          if (data19.specHash === void 0) {
            const err38 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data19.script === void 0) {
            const err39 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property 'script'" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data19.parallelism === void 0) {
            const err40 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (data19.jobId === void 0) {
            const err41 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (data19.deployedAt === void 0) {
            const err42 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/required", keyword: "required", params: { missingProperty: "deployedAt" }, message: "must have required property 'deployedAt'" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          for (const key3 in data19) {
            if (!func1.call(schema37.properties, key3)) {
              const err43 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          if (data19.specHash !== void 0) {
            let data20 = data19.specHash;
            if (typeof data20 === "string") {
              if (func2(data20) < 1) {
                const err44 = { instancePath: instancePath + "/lastStable/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            } else {
              const err45 = { instancePath: instancePath + "/lastStable/specHash", schemaPath: "#/$defs/deployedVersion/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          if (data19.script !== void 0) {
            if (typeof data19.script !== "string") {
              const err46 = { instancePath: instancePath + "/lastStable/script", schemaPath: "#/$defs/deployedVersion/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data19.parallelism !== void 0) {
            let data22 = data19.parallelism;
            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
              const err47 = { instancePath: instancePath + "/lastStable/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (typeof data22 == "number" && isFinite(data22)) {
              if (data22 < 1 || isNaN(data22)) {
                const err48 = { instancePath: instancePath + "/lastStable/parallelism", schemaPath: "#/$defs/deployedVersion/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          }
          if (data19.jobId !== void 0) {
            if (typeof data19.jobId !== "string") {
              const err49 = { instancePath: instancePath + "/lastStable/jobId", schemaPath: "#/$defs/deployedVersion/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data19.commit !== void 0) {
            if (typeof data19.commit !== "string") {
              const err50 = { instancePath: instancePath + "/lastStable/commit", schemaPath: "#/$defs/deployedVersion/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data19.deployedAt !== void 0) {
            if (typeof data19.deployedAt !== "string") {
              const err51 = { instancePath: instancePath + "/lastStable/deployedAt", schemaPath: "#/$defs/deployedVersion/properties/deployedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          if (data19.restoredFrom !== void 0) {
            if (typeof data19.restoredFrom !== "string") {
              const err52 = { instancePath: instancePath + "/lastStable/restoredFrom", schemaPath: "#/$defs/deployedVersion/properties/restoredFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
          if (data19.startedWithoutState !== void 0) {
            if (typeof data19.startedWithoutState !== "boolean") {
              const err53 = { instancePath: instancePath + "/lastStable/startedWithoutState", schemaPath: "#/$defs/deployedVersion/properties/startedWithoutState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data19.flinkVersion !== void 0) {
            if (typeof data19.flinkVersion !== "string") {
              const err54 = { instancePath: instancePath + "/lastStable/flinkVersion", schemaPath: "#/$defs/deployedVersion/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data19.endpoint !== void 0) {
            let data29 = data19.endpoint;
            if (typeof data29 === "string") {
              if (!pattern7.test(data29)) {
                const err55 = { instancePath: instancePath + "/lastStable/endpoint", schemaPath: "#/$defs/deployedVersion/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{16}$" }, message: 'must match pattern "^[0-9a-f]{16}$"' };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            } else {
              const err56 = { instancePath: instancePath + "/lastStable/endpoint", schemaPath: "#/$defs/deployedVersion/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data19.plan !== void 0) {
            let data30 = data19.plan;
            if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
              if (data30.path === void 0) {
                const err57 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (data30.sha256 === void 0) {
                const err58 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (data30.json === void 0) {
                const err59 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/required", keyword: "required", params: { missingProperty: "json" }, message: "must have required property 'json'" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
              for (const key4 in data30) {
                if (!(key4 === "path" || key4 === "sha256" || key4 === "json")) {
                  const err60 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
              if (data30.path !== void 0) {
                if (typeof data30.path !== "string") {
                  const err61 = { instancePath: instancePath + "/lastStable/plan/path", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
              if (data30.sha256 !== void 0) {
                if (typeof data30.sha256 !== "string") {
                  const err62 = { instancePath: instancePath + "/lastStable/plan/sha256", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
              if (data30.json !== void 0) {
                if (typeof data30.json !== "string") {
                  const err63 = { instancePath: instancePath + "/lastStable/plan/json", schemaPath: "#/$defs/deployedVersion/properties/plan/properties/json/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
            } else {
              const err64 = { instancePath: instancePath + "/lastStable/plan", schemaPath: "#/$defs/deployedVersion/properties/plan/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
          if (data19.settings !== void 0) {
            let data34 = data19.settings;
            if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
              const err65 = { instancePath: instancePath + "/lastStable/settings", schemaPath: "#/$defs/deployedVersion/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
          if (data19.adopted !== void 0) {
            if (true !== data19.adopted) {
              const err66 = { instancePath: instancePath + "/lastStable/adopted", schemaPath: "#/$defs/deployedVersion/properties/adopted/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
        } else {
          const err67 = { instancePath: instancePath + "/lastStable", schemaPath: "#/$defs/deployedVersion/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
      }
      if (data.savepoints !== void 0) {
        let data36 = data.savepoints;
        if (Array.isArray(data36)) {
          const len0 = data36.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data37 = data36[i0];
            if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
              if (data37.path === void 0) {
                const err68 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              if (data37.time === void 0) {
                const err69 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (data37.triggerId === void 0) {
                const err70 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "triggerId" }, message: "must have required property 'triggerId'" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              if (data37.jobId === void 0) {
                const err71 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (data37.specHash === void 0) {
                const err72 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (data37.kind === void 0) {
                const err73 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              for (const key5 in data37) {
                if (!(key5 === "path" || key5 === "time" || key5 === "triggerId" || key5 === "jobId" || key5 === "specHash" || key5 === "kind" || key5 === "disposed" || key5 === "flinkVersion")) {
                  const err74 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
              if (data37.path !== void 0) {
                let data38 = data37.path;
                if (typeof data38 === "string") {
                  if (func2(data38) < 1) {
                    const err75 = { instancePath: instancePath + "/savepoints/" + i0 + "/path", schemaPath: "#/$defs/savepoint/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                } else {
                  const err76 = { instancePath: instancePath + "/savepoints/" + i0 + "/path", schemaPath: "#/$defs/savepoint/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              if (data37.time !== void 0) {
                if (typeof data37.time !== "string") {
                  const err77 = { instancePath: instancePath + "/savepoints/" + i0 + "/time", schemaPath: "#/$defs/savepoint/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
              if (data37.triggerId !== void 0) {
                if (typeof data37.triggerId !== "string") {
                  const err78 = { instancePath: instancePath + "/savepoints/" + i0 + "/triggerId", schemaPath: "#/$defs/savepoint/properties/triggerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              if (data37.jobId !== void 0) {
                if (typeof data37.jobId !== "string") {
                  const err79 = { instancePath: instancePath + "/savepoints/" + i0 + "/jobId", schemaPath: "#/$defs/savepoint/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
              if (data37.specHash !== void 0) {
                if (typeof data37.specHash !== "string") {
                  const err80 = { instancePath: instancePath + "/savepoints/" + i0 + "/specHash", schemaPath: "#/$defs/savepoint/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data37.kind !== void 0) {
                let data43 = data37.kind;
                if (!(data43 === "upgrade" || data43 === "suspend" || data43 === "delete" || data43 === "rescale" || data43 === "periodic" || data43 === "manual" || data43 === "final")) {
                  const err81 = { instancePath: instancePath + "/savepoints/" + i0 + "/kind", schemaPath: "#/$defs/savepoint/properties/kind/enum", keyword: "enum", params: { allowedValues: schema39.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
              if (data37.disposed !== void 0) {
                if (typeof data37.disposed !== "boolean") {
                  const err82 = { instancePath: instancePath + "/savepoints/" + i0 + "/disposed", schemaPath: "#/$defs/savepoint/properties/disposed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data37.flinkVersion !== void 0) {
                if (typeof data37.flinkVersion !== "string") {
                  const err83 = { instancePath: instancePath + "/savepoints/" + i0 + "/flinkVersion", schemaPath: "#/$defs/savepoint/properties/flinkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            } else {
              const err84 = { instancePath: instancePath + "/savepoints/" + i0, schemaPath: "#/$defs/savepoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
        } else {
          const err85 = { instancePath: instancePath + "/savepoints", schemaPath: "#/properties/savepoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      }
      if (data.deletionPolicy !== void 0) {
        let data46 = data.deletionPolicy;
        if (!(data46 === "retain" || data46 === "delete")) {
          const err86 = { instancePath: instancePath + "/deletionPolicy", schemaPath: "#/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema36.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      }
      if (data.pending !== void 0) {
        let data47 = data.pending;
        const _errs103 = errors;
        let valid13 = true;
        const _errs104 = errors;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind !== void 0) {
            let data48 = data47.kind;
            if (!(data48 === "savepoint" || data48 === "stop-with-savepoint")) {
              const err87 = {};
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs104 === errors;
        errors = _errs103;
        if (vErrors !== null) {
          if (_errs103) {
            vErrors.length = _errs103;
          } else {
            vErrors = null;
          }
        }
        if (_valid0) {
          const _errs106 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.jobId === void 0) {
              const err88 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/then/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data47.triggerId === void 0) {
              const err89 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/then/required", keyword: "required", params: { missingProperty: "triggerId" }, message: "must have required property 'triggerId'" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
          var _valid0 = _errs106 === errors;
          valid13 = _valid0;
          if (valid13) {
            var props0 = {};
            props0.jobId = true;
            props0.triggerId = true;
            props0.kind = true;
          }
        }
        if (!valid13) {
          const err90 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
        const _errs108 = errors;
        let valid15 = true;
        const _errs109 = errors;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind !== void 0) {
            if ("submit" !== data47.kind) {
              const err91 = {};
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
        }
        var _valid1 = _errs109 === errors;
        errors = _errs108;
        if (vErrors !== null) {
          if (_errs108) {
            vErrors.length = _errs108;
          } else {
            vErrors = null;
          }
        }
        if (_valid1) {
          const _errs111 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.specHash === void 0) {
              const err92 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/1/then/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          var _valid1 = _errs111 === errors;
          valid15 = _valid1;
          if (valid15) {
            var props1 = {};
            props1.specHash = true;
            props1.kind = true;
          }
        }
        if (!valid15) {
          const err93 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
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
        const _errs113 = errors;
        let valid17 = true;
        const _errs114 = errors;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind !== void 0) {
            let data50 = data47.kind;
            if (!(data50 === "rescale" || data50 === "cancel")) {
              const err94 = {};
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
        }
        var _valid2 = _errs114 === errors;
        errors = _errs113;
        if (vErrors !== null) {
          if (_errs113) {
            vErrors.length = _errs113;
          } else {
            vErrors = null;
          }
        }
        if (_valid2) {
          const _errs116 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.jobId === void 0) {
              const err95 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/2/then/required", keyword: "required", params: { missingProperty: "jobId" }, message: "must have required property 'jobId'" };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
          var _valid2 = _errs116 === errors;
          valid17 = _valid2;
          if (valid17) {
            var props2 = {};
            props2.jobId = true;
            props2.kind = true;
          }
        }
        if (!valid17) {
          const err96 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
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
        const _errs118 = errors;
        let valid19 = true;
        const _errs119 = errors;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind !== void 0) {
            if ("rollback" !== data47.kind) {
              const err97 = {};
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
          }
        }
        var _valid3 = _errs119 === errors;
        errors = _errs118;
        if (vErrors !== null) {
          if (_errs118) {
            vErrors.length = _errs118;
          } else {
            vErrors = null;
          }
        }
        if (_valid3) {
          const _errs121 = errors;
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.specHash === void 0) {
              const err98 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/3/then/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data47.failedSpecHash === void 0) {
              const err99 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/3/then/required", keyword: "required", params: { missingProperty: "failedSpecHash" }, message: "must have required property 'failedSpecHash'" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data47.cause === void 0) {
              const err100 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/3/then/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
          }
          var _valid3 = _errs121 === errors;
          valid19 = _valid3;
          if (valid19) {
            var props3 = {};
            props3.specHash = true;
            props3.failedSpecHash = true;
            props3.cause = true;
            props3.kind = true;
          }
        }
        if (!valid19) {
          const err101 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        if (props0 !== true && props3 !== void 0) {
          if (props3 === true) {
            props0 = true;
          } else {
            props0 = props0 || {};
            Object.assign(props0, props3);
          }
        }
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          if (data47.kind === void 0) {
            const err102 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          if (data47.startedAt === void 0) {
            const err103 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property 'startedAt'" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          for (const key6 in data47) {
            if (!(key6 === "kind" || key6 === "triggerId" || key6 === "jobId" || key6 === "startedAt" || key6 === "specHash" || key6 === "failedSpecHash" || key6 === "savepoint" || key6 === "cause")) {
              const err104 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
          if (data47.kind !== void 0) {
            let data52 = data47.kind;
            if (!(data52 === "savepoint" || data52 === "stop-with-savepoint" || data52 === "submit" || data52 === "rescale" || data52 === "cancel" || data52 === "rollback")) {
              const err105 = { instancePath: instancePath + "/pending/kind", schemaPath: "#/$defs/pending/properties/kind/enum", keyword: "enum", params: { allowedValues: schema40.properties.kind.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
          if (data47.triggerId !== void 0) {
            if (typeof data47.triggerId !== "string") {
              const err106 = { instancePath: instancePath + "/pending/triggerId", schemaPath: "#/$defs/pending/properties/triggerId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          }
          if (data47.jobId !== void 0) {
            if (typeof data47.jobId !== "string") {
              const err107 = { instancePath: instancePath + "/pending/jobId", schemaPath: "#/$defs/pending/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          }
          if (data47.startedAt !== void 0) {
            if (typeof data47.startedAt !== "string") {
              const err108 = { instancePath: instancePath + "/pending/startedAt", schemaPath: "#/$defs/pending/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
          if (data47.specHash !== void 0) {
            if (typeof data47.specHash !== "string") {
              const err109 = { instancePath: instancePath + "/pending/specHash", schemaPath: "#/$defs/pending/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          }
          if (data47.failedSpecHash !== void 0) {
            if (typeof data47.failedSpecHash !== "string") {
              const err110 = { instancePath: instancePath + "/pending/failedSpecHash", schemaPath: "#/$defs/pending/properties/failedSpecHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
          if (data47.savepoint !== void 0) {
            if (typeof data47.savepoint !== "string") {
              const err111 = { instancePath: instancePath + "/pending/savepoint", schemaPath: "#/$defs/pending/properties/savepoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          }
          if (data47.cause !== void 0) {
            if (typeof data47.cause !== "string") {
              const err112 = { instancePath: instancePath + "/pending/cause", schemaPath: "#/$defs/pending/properties/cause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          }
        } else {
          const err113 = { instancePath: instancePath + "/pending", schemaPath: "#/$defs/pending/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err113];
          } else {
            vErrors.push(err113);
          }
          errors++;
        }
      }
      if (data.rolledBack !== void 0) {
        let data60 = data.rolledBack;
        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
          if (data60.specHash === void 0) {
            const err114 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "specHash" }, message: "must have required property 'specHash'" };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          if (data60.parallelism === void 0) {
            const err115 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "parallelism" }, message: "must have required property 'parallelism'" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
          if (data60.upgradeMode === void 0) {
            const err116 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "upgradeMode" }, message: "must have required property 'upgradeMode'" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
          if (data60.allowNonRestoredState === void 0) {
            const err117 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "allowNonRestoredState" }, message: "must have required property 'allowNonRestoredState'" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
          if (data60.time === void 0) {
            const err118 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          if (data60.cause === void 0) {
            const err119 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
          for (const key7 in data60) {
            if (!(key7 === "specHash" || key7 === "parallelism" || key7 === "upgradeMode" || key7 === "allowNonRestoredState" || key7 === "time" || key7 === "jobId" || key7 === "cause")) {
              const err120 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
          }
          if (data60.specHash !== void 0) {
            let data61 = data60.specHash;
            if (typeof data61 === "string") {
              if (func2(data61) < 1) {
                const err121 = { instancePath: instancePath + "/rolledBack/specHash", schemaPath: "#/$defs/rolledBack/properties/specHash/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            } else {
              const err122 = { instancePath: instancePath + "/rolledBack/specHash", schemaPath: "#/$defs/rolledBack/properties/specHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
          if (data60.parallelism !== void 0) {
            let data62 = data60.parallelism;
            if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)) && isFinite(data62))) {
              const err123 = { instancePath: instancePath + "/rolledBack/parallelism", schemaPath: "#/$defs/rolledBack/properties/parallelism/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
            if (typeof data62 == "number" && isFinite(data62)) {
              if (data62 < 1 || isNaN(data62)) {
                const err124 = { instancePath: instancePath + "/rolledBack/parallelism", schemaPath: "#/$defs/rolledBack/properties/parallelism/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          }
          if (data60.upgradeMode !== void 0) {
            if (typeof data60.upgradeMode !== "string") {
              const err125 = { instancePath: instancePath + "/rolledBack/upgradeMode", schemaPath: "#/$defs/rolledBack/properties/upgradeMode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
          }
          if (data60.allowNonRestoredState !== void 0) {
            if (typeof data60.allowNonRestoredState !== "boolean") {
              const err126 = { instancePath: instancePath + "/rolledBack/allowNonRestoredState", schemaPath: "#/$defs/rolledBack/properties/allowNonRestoredState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          }
          if (data60.time !== void 0) {
            if (typeof data60.time !== "string") {
              const err127 = { instancePath: instancePath + "/rolledBack/time", schemaPath: "#/$defs/rolledBack/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
          if (data60.jobId !== void 0) {
            if (typeof data60.jobId !== "string") {
              const err128 = { instancePath: instancePath + "/rolledBack/jobId", schemaPath: "#/$defs/rolledBack/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
          }
          if (data60.cause !== void 0) {
            if (typeof data60.cause !== "string") {
              const err129 = { instancePath: instancePath + "/rolledBack/cause", schemaPath: "#/$defs/rolledBack/properties/cause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
          }
        } else {
          const err130 = { instancePath: instancePath + "/rolledBack", schemaPath: "#/$defs/rolledBack/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err130];
          } else {
            vErrors.push(err130);
          }
          errors++;
        }
      }
      if (data.history !== void 0) {
        let data68 = data.history;
        if (Array.isArray(data68)) {
          const len1 = data68.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data69 = data68[i1];
            if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
              if (data69.time === void 0) {
                const err131 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
              if (data69.action === void 0) {
                const err132 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
              for (const key8 in data69) {
                if (!(key8 === "time" || key8 === "action" || key8 === "commit" || key8 === "jobId" || key8 === "savepoint" || key8 === "detail")) {
                  const err133 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
              if (data69.time !== void 0) {
                if (typeof data69.time !== "string") {
                  const err134 = { instancePath: instancePath + "/history/" + i1 + "/time", schemaPath: "#/$defs/historyEntry/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
              }
              if (data69.action !== void 0) {
                let data71 = data69.action;
                if (typeof data71 === "string") {
                  if (func2(data71) < 1) {
                    const err135 = { instancePath: instancePath + "/history/" + i1 + "/action", schemaPath: "#/$defs/historyEntry/properties/action/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                } else {
                  const err136 = { instancePath: instancePath + "/history/" + i1 + "/action", schemaPath: "#/$defs/historyEntry/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
              }
              if (data69.commit !== void 0) {
                if (typeof data69.commit !== "string") {
                  const err137 = { instancePath: instancePath + "/history/" + i1 + "/commit", schemaPath: "#/$defs/historyEntry/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
              }
              if (data69.jobId !== void 0) {
                if (typeof data69.jobId !== "string") {
                  const err138 = { instancePath: instancePath + "/history/" + i1 + "/jobId", schemaPath: "#/$defs/historyEntry/properties/jobId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              }
              if (data69.savepoint !== void 0) {
                if (typeof data69.savepoint !== "string") {
                  const err139 = { instancePath: instancePath + "/history/" + i1 + "/savepoint", schemaPath: "#/$defs/historyEntry/properties/savepoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
              if (data69.detail !== void 0) {
                if (typeof data69.detail !== "string") {
                  const err140 = { instancePath: instancePath + "/history/" + i1 + "/detail", schemaPath: "#/$defs/historyEntry/properties/detail/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
            } else {
              const err141 = { instancePath: instancePath + "/history/" + i1, schemaPath: "#/$defs/historyEntry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
          }
        } else {
          const err142 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
      }
    } else {
      const err143 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err143];
      } else {
        vErrors.push(err143);
      }
      errors++;
    }
    validate222.errors = vErrors;
    return errors === 0;
  });
  validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.formatVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.project === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.env === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.jobs === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jobs" }, message: "must have required property 'jobs'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "formatVersion" || key0 === "project" || key0 === "env" || key0 === "jobs" || key0 === "alerts")) {
          const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.formatVersion !== void 0) {
        let data0 = data.formatVersion;
        if (!(data0 === 1 || data0 === 2 || data0 === 3 || data0 === 4 || data0 === 5)) {
          const err5 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/enum", keyword: "enum", params: { allowedValues: schema32.properties.formatVersion.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.project !== void 0) {
        let data1 = data.project;
        if (typeof data1 === "string") {
          if (!pattern4.test(data1)) {
            const err6 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/project", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.env !== void 0) {
        let data2 = data.env;
        if (typeof data2 === "string") {
          if (!pattern4.test(data2)) {
            const err8 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"' };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/env", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.jobs !== void 0) {
        let data3 = data.jobs;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
          for (const key1 in data3) {
            const _errs11 = errors;
            if (typeof key1 === "string") {
              if (!pattern4.test(key1)) {
                const err10 = { instancePath: instancePath + "/jobs", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key1 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/jobs", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            var valid3 = _errs11 === errors;
            if (!valid3) {
              const err12 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          for (const key2 in data3) {
            if (!validate22(data3[key2], { instancePath: instancePath + "/jobs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key2, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err13 = { instancePath: instancePath + "/jobs", schemaPath: "#/properties/jobs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.alerts !== void 0) {
        let data5 = data.alerts;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
          for (const key3 in data5) {
            const _errs18 = errors;
            if (typeof key3 === "string") {
              if (!pattern4.test(key3)) {
                const err14 = { instancePath: instancePath + "/alerts", schemaPath: "#/$defs/identifier/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9_]*$" }, message: 'must match pattern "^[a-z][a-z0-9_]*$"', propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/alerts", schemaPath: "#/$defs/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            var valid6 = _errs18 === errors;
            if (!valid6) {
              const err16 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          for (const key4 in data5) {
            let data6 = data5[key4];
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              for (const key5 in data6) {
                const _errs24 = errors;
                if (typeof key5 === "string") {
                  if (!pattern10.test(key5)) {
                    const err17 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]+$" }, message: 'must match pattern "^[a-zA-Z]+$"', propertyName: key5 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                var valid9 = _errs24 === errors;
                if (!valid9) {
                  const err18 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              for (const key6 in data6) {
                if (typeof data6[key6] !== "string") {
                  const err19 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/alerts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/alerts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        } else {
          const err21 = { instancePath: instancePath + "/alerts", schemaPath: "#/properties/alerts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    } else {
      const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    validate212.errors = vErrors;
    return errors === 0;
  });
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  var validate20 = (function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
      if (data.version === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.state === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "$schema" || key0 === "version" || key0 === "updatedAt" || key0 === "message" || key0 === "state")) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.$schema !== void 0) {
        if (typeof data.$schema !== "string") {
          const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.version !== void 0) {
        let data1 = data.version;
        if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
          const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 < 1 || isNaN(data1)) {
            const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
      if (data.updatedAt !== void 0) {
        if (typeof data.updatedAt !== "string") {
          const err6 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.message !== void 0) {
        if (typeof data.message !== "string") {
          const err7 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.state !== void 0) {
        if (!validate21(data.state, { instancePath: instancePath + "/state", parentData: data, parentDataProperty: "state", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    validate202.errors = vErrors;
    return errors === 0;
  });
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  exports.state = validate20;
});
var state;
function stateFileValidator() {
  if (!state) {
    state = {};
    stateValidators(state);
  }
  return state.state;
}

// src/core/json-error.ts
var jsonErrorOffset = (function jsonErrorOffset(e, text, index) {
  const m = e instanceof Error ? e.message : "";
  const pos = /at position (\d+)/.exec(m);
  if (pos) return Math.min(Number(pos[1]), text.length);
  const lc = /line (\d+) column (\d+)/.exec(m);
  if (lc) return index.offset({ line: Number(lc[1]), column: Number(lc[2]) });
  return jsonSyntaxErrorOffset(text) ?? text.length;
});
var jsonErrorSummary = (function jsonErrorSummary(e) {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/ at position \d+.*$/s, "").replace(/ in JSON$/, "").replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, "");
});
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var jsonSyntaxErrorOffset = (function jsonSyntaxErrorOffset(text) {
  let i = 0;
  const n = text.length;
  const fail = (at) => {
    throw new JsonStop(at);
  };
  const ws = () => {
    while (i < n && WS.has(text[i])) i++;
  };
  const digits = () => {
    const from = i;
    while (i < n && text[i] >= "0" && text[i] <= "9") i++;
    if (i === from) fail(i);
  };
  const string = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail(i);
      if (c === 92) {
        const esc = text[i + 1];
        if (esc === "u") {
          for (let h = i + 2; h < i + 6; h++) if (!/[0-9a-fA-F]/.test(text[h] ?? "")) fail(Math.min(h, n));
          i += 6;
          continue;
        }
        if (esc === void 0 || !'"\\/bfnrt'.includes(esc)) fail(i + 1);
        i += 2;
        continue;
      }
      i++;
    }
    fail(n);
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        ws();
        if (text[i] !== '"') fail(i);
        string();
        ws();
        if (text[i] !== ":") fail(i);
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail(i);
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail(i);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9") {
      if (c === "-") i++;
      if (text[i] === "0") i++;
      else digits();
      if (text[i] === ".") {
        i++;
        digits();
      }
      if (text[i] === "e" || text[i] === "E") {
        i++;
        if (text[i] === "+" || text[i] === "-") i++;
        digits();
      }
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (c !== word[0]) continue;
      for (const ch of word) {
        if (text[i] !== ch) fail(i);
        i++;
      }
      return;
    }
    fail(i);
  };
  try {
    value();
    ws();
    return i < n ? i : void 0;
  } catch (e) {
    if (e instanceof JsonStop) return e.at;
    if (e instanceof RangeError) return void 0;
    throw e;
  }
});
var JsonStop = class {
  constructor(at) {
    this.at = at;
  }
  at;
};

// src/state/document.ts
var validate = (function validate() {
  return stateFileValidator();
});
var serializeStateFile = (function serializeStateFile(file) {
  return `${JSON.stringify(file, null, 2)}
`;
});
var parseStateFile = (function parseStateFile(text, file, expect) {
  let lines;
  const index = () => lines ??= new LineIndex(text);
  if (text.trim() === "") {
    return {
      ok: false,
      diags: [
        error(
          STATE_CODES.notJson,
          `the state store ${file} is empty`,
          "It was truncated (a full disk, an interrupted copy) or emptied by hand, and the savepoints and history it recorded are not in it. Restore it from a backup (the git history of the state branch, for the git backend). flinkops will not overwrite it; delete it only to start over with no recorded state.",
          index().range(file, 0, 0)
        )
      ]
    };
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(e, text, index());
    return {
      ok: false,
      diags: [
        error(
          STATE_CODES.notJson,
          `the state store ${file} is not valid JSON: ${jsonErrorSummary(e)}`,
          "The file was damaged or edited by hand. Fix it at the position shown, or restore it from a backup (the git history of the state branch, for the git backend). flinkops will not overwrite it while it is unreadable. As a last resort, move it aside: the running jobs are found again by their labels (FO626) and none restarts, but the savepoints and history it recorded are lost: a suspended job has no savepoint to resume from (pin one with restoreFrom).",
          index().range(file, offset, Math.min(offset + 1, text.length))
        )
      ]
    };
  }
  const fv = data?.state?.formatVersion;
  if (typeof fv === "number" && fv > STATE_FORMAT_VERSION) {
    return {
      ok: false,
      diags: [
        error(
          STATE_CODES.tooNew,
          `the state store ${file} has format version ${fv}; this flinkops reads version ${STATE_FORMAT_VERSION} and older`,
          "It was written by a newer flinkops. Upgrade flinkops; an older one must not write it.",
          locate(text, index(), file, ["state", "formatVersion"])
        )
      ]
    };
  }
  const check = validate();
  if (!check(data)) {
    return { ok: false, diags: schemaDiagnostics(check.errors ?? [], text, index(), file) };
  }
  const parsed = data;
  const { project, env } = parsed.state;
  if (project !== expect.project || env !== expect.env) {
    return {
      ok: false,
      diags: [
        error(
          STATE_CODES.mismatch,
          `the state store ${file} belongs to ${project}/${env}, not ${expect.project}/${expect.env}`,
          mismatchDetail(project, env, expect),
          locate(text, index(), file, ["state", project !== expect.project ? "project" : "env"])
        )
      ]
    };
  }
  const from = parsed.state.formatVersion;
  if (from === STATE_FORMAT_VERSION) return { ok: true, file: parsed };
  parsed.state.formatVersion = STATE_FORMAT_VERSION;
  return { ok: true, file: parsed, olderFormat: from };
});
var stateDocProblems = (function stateDocProblems(doc) {
  const check = validate();
  if (check({ version: 1, state: doc })) return [];
  return (check.errors ?? []).map(
    (e) => `${displayPath(pointerSegments(e.instancePath).slice(1))}: ${message(e)}`
  );
});
var schemaDiagnostics = (function schemaDiagnostics(errors, text, index, file) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors) {
    const segments = pointerSegments(e.instancePath);
    const key = `${e.instancePath} ${message(e)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const inDoc = segments[0] === "state" ? segments.slice(1) : segments;
    const where = inDoc.length > 0 ? displayPath(inDoc) : segments.length > 0 ? "state" : "the top level";
    const extra = e.keyword === "additionalProperties" ? e.params.additionalProperty : void 0;
    out.push(
      error(
        STATE_CODES.invalid,
        `the state store ${file} is not a valid state document: ${where} ${message(e)}`,
        "The file was edited by hand or written by an incompatible tool. Fix the value shown (schemas/state.schema.json describes the format), or restore the file from a backup. flinkops will not overwrite it while it is invalid.",
        locate(text, index, file, segments, extra)
      )
    );
  }
  return out;
});
function message(e) {
  switch (e.keyword) {
    case "additionalProperties":
      return `has an unknown property '${e.params.additionalProperty}'`;
    case "enum":
      return `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "propertyNames":
      return "has a job name that is not an identifier ([a-z][a-z0-9_]*)";
    default:
      return e.message ?? e.keyword;
  }
}
var pointerSegments = (function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
});
var displayPath = (function displayPath(segments) {
  let out = "";
  for (const s of segments) {
    if (/^\d+$/.test(s)) out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
});
var locate = (function locate(text, index, file, segments, property) {
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
  let node = doc.contents;
  for (const s of segments) {
    const next = child(node, s);
    if (!next) break;
    node = next;
  }
  if (property !== void 0 && isMap(node)) {
    const pair = node.items.find((p) => p.key?.value === property);
    const keyRange = pair?.key?.range;
    if (keyRange) return index.range(file, keyRange[0], keyRange[1]);
  }
  const r = node?.range;
  if (!r) return index.range(file, 0, 0);
  const end = isMap(node) || isSeq(node) ? r[0] + 1 : r[1];
  return index.range(file, r[0], end);
});
var child = (function child(node, segment) {
  if (isMap(node)) {
    const pair = node.items.find((p) => String(p.key?.value) === segment);
    return pair?.value ?? void 0;
  }
  if (isSeq(node) && /^\d+$/.test(segment))
    return node.items[Number(segment)] ?? void 0;
  return void 0;
});
var checkWritable = (function checkWritable(doc, expect, meta) {
  const problems = stateDocProblems(doc);
  if (doc.project !== expect.project || doc.env !== expect.env) {
    problems.push(`document is for ${doc.project}/${doc.env}, store for ${expect.project}/${expect.env}`);
  }
  if (problems.length > 0) {
    throw new StateStoreError({
      code: STATE_CODES.invalid,
      severity: "error",
      summary: `refusing to write an invalid state document: ${problems[0]}`,
      detail: `Nothing was written. This is a bug in flinkops; please report it. All problems: ${problems.join("; ")}`
    });
  }
  if (meta.secretValues) assertNoSecretValues(doc, meta.secretValues);
});
var mismatchDetail = (function mismatchDetail(project, env, expect) {
  if (project === expect.project)
    return `The file is the store of environment ${env}, and each environment has its own: point --state-file (or FLINKOPS_STATE_FILE) at the one of ${expect.env}, or leave it out for the default. If the file was copied here, move it back.`;
  return `Either the file was copied from another project: move it back, or point the state store of this environment at its own file (--state-file). Or the project was renamed from ${project} to ${expect.project} in flinkops.yaml: its jobs still run as ${project}.${env}.<job>, a name flinkops no longer looks for, and this file holds their savepoints. A rename is not done in place: put project: ${project} back, set state: suspended on environment ${env} and apply it (each job stops with a savepoint, listed by flinkops savepoints list JOB); then rename, move this file aside, and pin restoreFrom: <that savepoint> for each job in environments.${expect.env}.jobs before the first apply.`;
});

// src/state/lock-info.ts
var newLockInfo = (function newLockInfo(owner, now, ttlMs, defaults) {
  return {
    id: randomHex(8),
    who: owner.who,
    command: owner.command,
    host: owner.host ?? defaults.host,
    ...defaults.pid !== void 0 ? { pid: defaults.pid } : {},
    ...defaults.pidStart !== void 0 ? { pidStart: defaults.pidStart } : {},
    ...owner.run ? { run: owner.run } : {},
    since: new Date(now).toISOString(),
    expires: new Date(now + ttlMs).toISOString()
  };
});
var parseLockInfo = (function parseLockInfo(text) {
  try {
    const v = JSON.parse(text);
    const strings = [v.id, v.who, v.command, v.host, v.since, v.expires];
    if (!strings.every((s) => typeof s === "string")) return void 0;
    if (Number.isNaN(Date.parse(v.since)) || Number.isNaN(Date.parse(v.expires))) return void 0;
    return v;
  } catch {
    return void 0;
  }
});

export {
  jsonErrorOffset,
  jsonErrorSummary,
  STATE_FORMAT_VERSION,
  OLDEST_STATE_FORMAT_VERSION,
  LEGACY_HISTORY_ACTIONS,
  emptyState,
  findSecretValues,
  assertNoSecretValues,
  serializeStateFile,
  parseStateFile,
  stateDocProblems,
  checkWritable,
  newLockInfo,
  parseLockInfo
};
