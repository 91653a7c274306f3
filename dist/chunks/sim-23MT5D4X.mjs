import {
  FLINK_VERSIONS,
  isFlinkVersion
} from "./chunk-HURSUGRF.mjs";
import {
  EXIT,
  UsageError,
  boolOpt,
  intOpt,
  parseCommandArgs,
  stringOpt
} from "./chunk-CB37V45K.mjs";
import "./chunk-VT7LOJPP.mjs";
import {
  runGraceful
} from "./chunk-QLMKHXW3.mjs";
import "./chunk-2J7UGB3X.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-EKKRR5UX.mjs";
import "./chunk-NPMD6JOW.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/commands/sim.ts
var rate = ((v, name) => {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--${name} must be a share between 0 and 1, got '${v}'`);
  return n;
});
var MAX_PORT = 65535;
var simCommand = {
  help: [
    "Usage: flinkops sim [--flink-version 1.20] [--port 8081] [--gateway-port 8083] [options]",
    "",
    "A local stand-in for a Flink session cluster with a SQL Gateway, faithful to the REST API of",
    "the chosen release (1.16 to 2.3). Prints its URLs and runs until stopped (Ctrl-C).",
    "  --flink-version V      Flink release to emulate (default 1.20)",
    "  --port N               JobManager REST port (default 8081; 0 picks a free one)",
    "  --gateway-port N       SQL Gateway REST port (default 8083; 0 picks a free one)",
    "  --adaptive             run the adaptive scheduler (in-place rescale on 1.18+)",
    "  --task-managers N      TaskManagers (default 1)",
    "  --slots N              task slots per TaskManager (default 64); a job holds as many as its",
    "                         widest operator, and one that finds too few waits for them (with",
    "                         --adaptive it runs below its parallelism on what is free)",
    "  --savepoint-dir URI    cluster savepoint directory (default file:/tmp/flinkops-sim/savepoints, kept",
    "                         in memory); a file: folder given here is written to, so simulators given",
    "                         the same folder share savepoints, as clusters share a file system",
    "  --savepoint-ms N       how long a savepoint takes (default 500)",
    "  --start-ms N           how long a job takes to reach RUNNING (default 1000)",
    "Fault switches:",
    '  --savepoint-fails N    fail the next N savepoints (0 = none; "all" = every one)',
    "  --stop-hangs           stop-with-savepoint never completes",
    "  --job-fails-after MS   every job fails MS after reaching RUNNING",
    "  --restart-loop         running jobs keep failing and restarting",
    "  --http-5xx-rate R      share of requests answered with 500 (0..1)",
    "  --latency MS           added to every response",
    "  --reset-rate R         share of connections reset without an answer (0..1)",
    "  --gateway-down         the SQL Gateway refuses connections",
    "  --no-task-managers     no TaskManager: jobs wait for task slots (CREATED with --adaptive,",
    "                         which fails them after 5 min; RESTARTING otherwise)",
    "  --missing-topics T,U   Kafka topics the brokers do not have: a Kafka sink writing one sends",
    "                         nothing and fails its job after its max.block.ms (60 s by default)"
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {
      "flink-version": { type: "string" },
      port: { type: "string" },
      "gateway-port": { type: "string" },
      adaptive: { type: "boolean" },
      "task-managers": { type: "string" },
      slots: { type: "string" },
      "savepoint-dir": { type: "string" },
      "savepoint-ms": { type: "string" },
      "start-ms": { type: "string" },
      "savepoint-fails": { type: "string" },
      "stop-hangs": { type: "boolean" },
      "job-fails-after": { type: "string" },
      "restart-loop": { type: "boolean" },
      "http-5xx-rate": { type: "string" },
      latency: { type: "string" },
      "reset-rate": { type: "string" },
      "gateway-down": { type: "boolean" },
      "no-task-managers": { type: "boolean" },
      "missing-topics": { type: "string" }
    });
    const version = stringOpt(args, "flink-version") ?? "1.20";
    if (!isFlinkVersion(version))
      throw new UsageError(`--flink-version must be one of ${FLINK_VERSIONS.join(", ")}, got '${version}'`);
    const fails = stringOpt(args, "savepoint-fails");
    const faults = {
      ...fails !== void 0 ? { savepointFails: fails === "all" ? "all" : intOpt(args, "savepoint-fails", 0, 0) } : {},
      ...boolOpt(args, "stop-hangs") ? { stopHangs: true } : {},
      ...stringOpt(args, "job-fails-after") !== void 0 ? { jobFailsAfterMs: intOpt(args, "job-fails-after", 0, 0) } : {},
      ...boolOpt(args, "restart-loop") ? { jobRestartLoop: true } : {},
      ...boolOpt(args, "no-task-managers") ? { noTaskManagers: true } : {},
      ...stringOpt(args, "missing-topics") !== void 0 ? {
        missingKafkaTopics: stringOpt(args, "missing-topics").split(",").map((t) => t.trim()).filter((t) => t !== "")
      } : {},
      ...stringOpt(args, "latency") !== void 0 ? { latencyMs: intOpt(args, "latency", 0, 0) } : {}
    };
    const r5 = rate(stringOpt(args, "http-5xx-rate"), "http-5xx-rate");
    if (r5 !== void 0) faults.http5xxRate = r5;
    const rr = rate(stringOpt(args, "reset-rate"), "reset-rate");
    if (rr !== void 0) faults.connectionResetRate = rr;
    const { startSimulator } = await import("./sim-7FTBAHZA.mjs");
    const sim = await startSimulator({
      flinkVersion: version,
      clock: "real",
      port: intOpt(args, "port", 8081, 0, MAX_PORT),
      gatewayPort: intOpt(args, "gateway-port", 8083, 0, MAX_PORT),
      adaptiveScheduler: boolOpt(args, "adaptive"),
      taskManagers: intOpt(args, "task-managers", 1, 1),
      slotsPerTaskManager: intOpt(args, "slots", 64, 1),
      ...stringOpt(args, "savepoint-dir") ? { savepointDir: stringOpt(args, "savepoint-dir"), savepointsOnDisk: true } : {},
      timing: {
        ...stringOpt(args, "savepoint-ms") ? { savepointMs: intOpt(args, "savepoint-ms", 500, 0) } : {},
        ...stringOpt(args, "start-ms") ? { startMs: intOpt(args, "start-ms", 1e3, 0) } : {}
      }
    }).catch((e) => {
      const code = e.code;
      if (code === "EADDRINUSE")
        throw new UsageError(
          `a port is already in use (${e.message}); pick others with --port/--gateway-port`
        );
      throw e;
    });
    sim.control.faults.set(faults);
    if (boolOpt(args, "gateway-down")) await sim.control.setGatewayDown(true);
    if (boolOpt(args, "json")) {
      io.stdout(
        `${JSON.stringify({ jobmanagerUrl: sim.jobmanagerUrl, sqlGatewayUrl: sim.gatewayUrl, flinkVersion: version })}
`
      );
    } else {
      io.stdout(
        [
          `Flink ${version} simulator running`,
          `  JobManager REST   ${sim.jobmanagerUrl}`,
          `  SQL Gateway REST  ${sim.gatewayUrl}`,
          "",
          `  export FLINKOPS_JOBMANAGER_URL=${sim.jobmanagerUrl}`,
          `  export FLINKOPS_SQL_GATEWAY_URL=${sim.gatewayUrl}`,
          "",
          "Press Ctrl-C to stop.",
          ""
        ].join("\n")
      );
    }
    await runGraceful(
      io.interrupt,
      "stopping the simulator.",
      (stop) => stop.aborted ? Promise.resolve() : new Promise((resolve) => stop.addEventListener("abort", () => resolve(), { once: true }))
    );
    await sim.close();
    io.stdout("simulator stopped\n");
    return EXIT.ok;
  }
};
export {
  simCommand
};
