import {
  commandEnv
} from "./chunk-AR35OWNX.mjs";
import {
  fileStore
} from "./chunk-PKB6CGPH.mjs";
import "./chunk-LAGNRTNX.mjs";
import "./chunk-BB5U23S3.mjs";
import {
  LEGACY_HISTORY_ACTIONS,
  parseStateFile
} from "./chunk-WJXNKWET.mjs";
import "./chunk-IR762XJG.mjs";
import {
  stateStoreDiagnostics
} from "./chunk-4YCIO2LX.mjs";
import "./chunk-GSLRF5EB.mjs";
import "./chunk-HDJSO2UV.mjs";
import {
  projectDir,
  reportDiagnostics
} from "./chunk-ZDZLVAEW.mjs";
import {
  EXIT,
  UsageError,
  boolOpt,
  parseCommandArgs,
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import "./chunk-FFCTVS6D.mjs";
import "./chunk-VT7LOJPP.mjs";
import "./chunk-H5WAOW7W.mjs";
import "./chunk-WFC65L2V.mjs";
import "./chunk-JBYA6EZ5.mjs";
import "./chunk-OGGPNS23.mjs";
import "./chunk-SUDAMESV.mjs";
import "./chunk-SQMLTMUL.mjs";
import "./chunk-NWGEJCF7.mjs";
import {
  parse
} from "./chunk-SIW47MSI.mjs";
import {
  didYouMean
} from "./chunk-KJBHHIZS.mjs";
import {
  error
} from "./chunk-OZ4GHFPU.mjs";
import {
  readFileSync
} from "./chunk-KJ77VBUN.mjs";
import {
  join
} from "./chunk-KBTCQ2CM.mjs";
import "./chunk-2W6PPHYK.mjs";
import "./chunk-LL44EPY3.mjs";
import "./chunk-TRBKR6JO.mjs";

// src/cli/state-branch.ts
var git = (function git(dir, args) {
  try {
    const { execFileSync } = process.getBuiltinModule("node:child_process");
    return execFileSync("git", ["-C", dir, ...args], {
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 << 20
    }).toString("utf8");
  } catch {
    return void 0;
  }
});
var readStateBranch = (function readStateBranch(dir, opts) {
  const refs = [`${opts.remote}/${opts.branch}`, opts.branch];
  const ref = refs.find((r) => git(dir, ["rev-parse", "--verify", "--quiet", `${r}^{commit}`]) !== void 0);
  if (!ref)
    return {
      location: opts.branch,
      log: [],
      diags: [
        error(
          "FO810",
          `no state branch '${opts.branch}' in this clone`,
          `Fetch it first: git fetch ${opts.remote} ${opts.branch}. The GitHub Action creates it on its first apply.`
        )
      ]
    };
  const paths = [`${opts.project}/${opts.env}.json`, `${opts.env}.json`];
  for (const path of paths) {
    const text = git(dir, ["show", `${ref}:${path}`]);
    if (text === void 0) continue;
    const location = `${ref}:${path}`;
    const parsed = parseStateFile(text, location, { project: opts.project, env: opts.env });
    const log = (git(dir, [
      "log",
      "--format=%h %ad %s",
      "--date=iso-strict",
      ref,
      "--",
      `${opts.project}/${opts.env}.json`,
      `${opts.project}/${opts.env}.last-apply.json`,
      `${opts.env}.json`
    ]) ?? "").split("\n").filter(Boolean);
    return parsed.ok ? { doc: parsed.file.state, location, log, diags: [] } : { location, log, diags: parsed.diags };
  }
  return {
    location: `${ref}:${paths[0]}`,
    log: [],
    diags: [
      error(
        "FO810",
        `no state for ${opts.project}/${opts.env} on ${ref}`,
        "Nothing has been applied to this environment by the Action yet, or --env names another environment."
      )
    ]
  };
});

// src/cli/commands/history.ts
var historyCommand = {
  summary: "Show the recorded history of a job (or all jobs) from the state store",
  help: [
    "Usage: flinkops history [JOB] [--env NAME] [--dir DIR] [--state-file PATH | --state-branch BRANCH] [--json]",
    "",
    "Lists the history entries the state store keeps per job: time, action, commit, job id, savepoint.",
    "Actions: create, upgrade, rescale, suspend, resume, recover, delete, adopt (a change carried out);",
    "<action>-failed and rollback; stable (the new version passed its health check); sync (the store",
    "caught up with the cluster); savepoint-<kind> (upgrade, suspend, rescale, delete: taken by a stop),",
    "savepoint (periodic or manual, the job kept running), savepoint-failed, savepoint-recovered (found",
    "after an interrupted run); stopped-by-cancel (no savepoint possible); dispose (retention).",
    "  --state-branch BRANCH  read the state the GitHub Action keeps on that branch of this clone",
    "                         (e.g. flinkops-state; `git fetch origin flinkops-state` first), and",
    "                         list its audit commits",
    "  --remote NAME          remote of the state branch (default origin; a local branch also works)"
  ].join("\n"),
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      {
        "state-file": { type: "string" },
        "state-branch": { type: "string" },
        remote: { type: "string" }
      },
      Number.POSITIVE_INFINITY
    );
    const dir = projectDir(args, io);
    const env = commandEnv(args, io, dir, boolOpt(args, "json"));
    if (env === void 0) return EXIT.error;
    const [job, ...rest] = args.positionals;
    if (rest.length > 0)
      throw new UsageError(`history takes at most one job name, got ${args.positionals.length}`);
    let project = "project";
    try {
      project = String(
        parse(readFileSync(join(dir, "flinkops.yaml"), "utf8")).project
      );
    } catch {
    }
    const branch = stringOpt(args, "state-branch");
    let doc;
    let location;
    let audit = [];
    if (branch) {
      const read = readStateBranch(dir, {
        branch,
        remote: stringOpt(args, "remote") ?? "origin",
        project,
        env
      });
      if (!read.doc) {
        reportDiagnostics(io, dir, read.diags);
        return EXIT.error;
      }
      doc = read.doc;
      location = read.location;
      audit = read.log;
    } else {
      const store = fileStore(args, io, dir)(project, env);
      location = store.location;
      try {
        doc = (await store.read()).doc;
      } catch (e) {
        const diags = stateStoreDiagnostics(e);
        if (!diags) throw e;
        reportDiagnostics(io, dir, diags);
        return EXIT.error;
      }
    }
    const names = job ? [job] : Object.keys(doc.jobs).sort();
    if (job && !doc.jobs[job]) {
      const known = Object.keys(doc.jobs).sort();
      const hint = didYouMean(job, known);
      io.stderr(
        `No job '${job}' in the state store ${location}${hint ? `; did you mean '${hint}'?` : ""} (known: ${known.join(", ") || "none"}).
`
      );
      return EXIT.error;
    }
    const rows = names.flatMap((name) => (doc.jobs[name]?.history ?? []).map((h) => ({ job: name, ...h })));
    rows.sort((a, b) => a.time < b.time ? -1 : a.time > b.time ? 1 : 0);
    if (boolOpt(args, "json")) {
      io.stdout(`${JSON.stringify(branch ? { history: rows, audit } : rows, null, 2)}
`);
      return EXIT.ok;
    }
    if (rows.length === 0) {
      io.stdout(`No history in ${location}.
`);
      return EXIT.ok;
    }
    io.stdout(renderHistory(rows, { showJob: !job }));
    if (audit.length) {
      io.stdout(`
Audit commits on ${branch} (newest first):
`);
      for (const line of audit) io.stdout(`  ${line}
`);
    }
    return EXIT.ok;
  }
};
function renderHistory(rows, opts) {
  const action = (r) => LEGACY_HISTORY_ACTIONS[r.action] ?? r.action;
  const jobWidth = Math.max(...rows.map((r) => r.job.length));
  const actionWidth = Math.max(...rows.map((r) => action(r).length));
  const lines = rows.map((r) => {
    const cols = [r.time, ...opts.showJob ? [r.job.padEnd(jobWidth)] : [], action(r).padEnd(actionWidth)];
    const facts = [
      r.commit ? `commit ${r.commit.slice(0, 12)}` : "",
      r.jobId ? `job ${r.jobId}` : "",
      r.savepoint ? `savepoint ${r.savepoint}` : "",
      r.detail ?? ""
    ].filter(Boolean);
    return [...cols, facts.join(" \xB7 ")].join("  ").trimEnd();
  });
  const head = ["TIME".padEnd(rows[0]?.time.length ?? 24), ...opts.showJob ? ["JOB".padEnd(jobWidth)] : []];
  head.push("ACTION".padEnd(actionWidth), "DETAILS");
  return `${[head.join("  "), ...lines].join("\n")}
`;
}
export {
  historyCommand,
  renderHistory
};
