import {
  compiledFor
} from "./chunk-SNUSQHFM.mjs";
import {
  renderTable,
  requireRealFlink,
  runPreview
} from "./chunk-YKYBA5HC.mjs";
import {
  connect,
  resolveEndpoints
} from "./chunk-XL7GATAW.mjs";
import {
  clusterOptions,
  endpointHelp,
  endpointOverrides,
  secretSource,
  tlsOptions
} from "./chunk-PKB6CGPH.mjs";
import "./chunk-LAGNRTNX.mjs";
import "./chunk-BB5U23S3.mjs";
import "./chunk-WJXNKWET.mjs";
import "./chunk-VVEIRKYJ.mjs";
import "./chunk-IR762XJG.mjs";
import "./chunk-4YCIO2LX.mjs";
import "./chunk-ZT5MUDVQ.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
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
import "./chunk-SUDAMESV.mjs";
import "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import "./chunk-SIW47MSI.mjs";
import "./chunk-KJBHHIZS.mjs";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import "./chunk-KJ77VBUN.mjs";
import "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/commands/preview.ts
var previewCommand = {
  summary: "Show the first rows of a job's query on its real sources (nothing is written)",
  help: [
    "Usage: flinkops preview JOB [--env NAME] [--limit 100] [--timeout 30s] [--sink TABLE] [--json]",
    "",
    "Runs the job's SELECT (not its INSERT) through the environment's SQL Gateway against the real",
    "sources and prints the first rows, then cancels the query and closes the session. Sinks are",
    "never declared, so nothing is written; the managed job is not touched. Needs a real Flink.",
    "  --limit N     rows to show (default 100)",
    "  --timeout D   stop waiting for rows after D (default 30s); the rows so far are shown",
    "  --sink TABLE  the INSERT of a statement set to preview (default the first)",
    '  --json        {"sink", "columns", "rows", "timedOut"}',
    ...endpointHelp
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      {
        ...clusterOptions,
        limit: { type: "string" },
        timeout: { type: "string" },
        sink: { type: "string" }
      },
      Number.POSITIVE_INFINITY
    );
    const dir = projectDir(args, io);
    const name = args.positionals[0];
    if (!name || args.positionals.length > 1)
      throw new UsageError("give exactly one job: flinkops preview JOB");
    const limit = intOpt(args, "limit", 100);
    const timeoutMs = durationOpt(args, "timeout") ?? 3e4;
    const { state, diags } = compiledFor(args, io, dir);
    if (!state) {
      reportDiagnostics(io, dir, diags);
      return EXIT.error;
    }
    const job = state.jobs.find((j) => j.name === name);
    if (!job) throw new UsageError(`unknown job ${name} (jobs: ${state.jobs.map((j) => j.name).join(", ")})`);
    const tls = tlsOptions(args, io);
    const conn = connect({
      endpoints: resolveEndpoints(state.environment, endpointOverrides(args), io.env),
      env: state.environment,
      secrets: secretSource(io),
      ...tls ? { tls } : {}
    });
    if (!conn.client) {
      reportDiagnostics(io, dir, [...diags, ...conn.diags]);
      return EXIT.error;
    }
    const client = conn.client;
    try {
      const sim = await requireRealFlink(client);
      if (sim) {
        reportDiagnostics(io, dir, [...diags, sim]);
        return EXIT.error;
      }
      const sink = stringOpt(args, "sink");
      const r = await runPreview(job, {
        client,
        secrets: secretSource(io),
        limit,
        timeoutMs,
        now: () => systemClock.now(),
        sleep: (ms) => new Promise((res) => setTimeout(res, ms)),
        ...sink ? { sink } : {}
      });
      const secrets = [...conn.secretValues, ...r.secretValues];
      const all = [...diags, ...r.diags];
      if (!r.value || hasErrors(all)) {
        if (boolOpt(args, "json"))
          io.stdout(`${mask(JSON.stringify({ diagnostics: all }, null, 2), secrets)}
`);
        else io.stderr(mask(formatDiags(all), secrets));
        return EXIT.error;
      }
      const v = r.value;
      if (boolOpt(args, "json")) {
        io.stdout(`${mask(JSON.stringify(v, null, 2), secrets)}
`);
        return EXIT.ok;
      }
      io.stdout(mask(renderTable(v.columns, v.rows), secrets));
      io.stdout(
        `${v.rows.length} row(s) of ${job.name} \u2192 ${v.sink}${v.timedOut ? ` (stopped waiting after ${Math.round(timeoutMs / 1e3)} s)` : ""}; the query was cancelled, nothing was written
`
      );
      return EXIT.ok;
    } finally {
      await client.close();
    }
  }
};
function formatDiags(diags) {
  return diags.map((d) => `${d.severity} ${d.code}: ${d.summary}
  ${d.detail}
`).join("");
}
export {
  previewCommand
};
