import {
  FLINK_RELEASES
} from "./chunk-2J7UGB3X.mjs";

// src/sim/versions.ts
var FLINK_VERSIONS = FLINK_RELEASES;
var FULL = {
  "1.16": "1.16.3",
  "1.17": "1.17.2",
  "1.18": "1.18.1",
  "1.19": "1.19.3",
  "1.20": "1.20.2",
  "2.0": "2.0.0",
  "2.1": "2.1.0",
  "2.2": "2.2.0",
  "2.3": "2.3.0"
};
var isFlinkVersion = (function isFlinkVersion(v) {
  return FLINK_VERSIONS.includes(v);
});
var atLeast = (function atLeast(v, min) {
  return FLINK_VERSIONS.indexOf(v) >= FLINK_VERSIONS.indexOf(min);
});
var features = (function features(v) {
  const apis = [1];
  if (atLeast(v, "1.17")) apis.push(2);
  if (atLeast(v, "1.20")) apis.push(3);
  if (atLeast(v, "2.0")) apis.push(4);
  return {
    full: FULL[v],
    jobStatusRoute: true,
    manualCheckpoint: atLeast(v, "1.17"),
    resourceRequirements: atLeast(v, "1.18"),
    failureLabels: atLeast(v, "1.18"),
    jobTypeInDetails: atLeast(v, "1.20"),
    lenientBodies: atLeast(v, "1.20"),
    stateRecoveryKeys: atLeast(v, "1.20"),
    legacyExceptions: !atLeast(v, "2.0"),
    executionMode: !atLeast(v, "2.0"),
    pendingOperators: atLeast(v, "2.0"),
    overviewJobType: atLeast(v, "2.3"),
    gatewayApis: apis,
    gatewayDefault: atLeast(v, "2.0") ? 4 : atLeast(v, "1.20") ? 3 : atLeast(v, "1.17") ? 2 : 1,
    jobStatements: atLeast(v, "1.17"),
    describeJob: atLeast(v, "1.20"),
    executionConfigReachesJob: atLeast(v, "1.17"),
    richFetch: atLeast(v, "1.17"),
    schedulerTypeInDetails: atLeast(v, "2.3"),
    savepointFormat: atLeast(v, "1.17"),
    slotSharingGroupInDetails: atLeast(v, "1.20"),
    checkpointDataSummary: atLeast(v, "1.18"),
    requireOnConflict: atLeast(v, "2.3")
  };
});

export {
  FLINK_VERSIONS,
  isFlinkVersion,
  atLeast,
  features
};
