import {
  describeEngineProgress
} from "./chunk-LAGNRTNX.mjs";
import {
  FileStateStore
} from "./chunk-BB5U23S3.mjs";
import {
  systemClock
} from "./chunk-GSLRF5EB.mjs";
import {
  userInfo
} from "./chunk-HDJSO2UV.mjs";
import {
  UsageError,
  intOpt,
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import {
  readFileSync,
  statSync
} from "./chunk-KJ77VBUN.mjs";
import {
  dirname,
  isAbsolute,
  join,
  resolve
} from "./chunk-KBTCQ2CM.mjs";

// src/cli/git-head.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var read = (function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
});
var gitDir = (function gitDir(dir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const dotGit = join(d, ".git");
    let isDir;
    try {
      isDir = statSync(dotGit).isDirectory();
    } catch {
      isDir = void 0;
    }
    if (isDir) return dotGit;
    if (isDir === false) {
      const m = /^gitdir: (.+)$/m.exec(read(dotGit) ?? "");
      if (!m) return void 0;
      const p = m[1].trim();
      return isAbsolute(p) ? p : resolve(d, p);
    }
    if (dirname(d) === d) return null;
  }
});
var lookupRef = (function lookupRef(git, common, ref) {
  for (const base of [git, common]) {
    const loose = read(join(base, ref))?.trim();
    if (loose !== void 0) return SHA.test(loose) ? loose : void 0;
  }
  for (const line of (read(join(common, "packed-refs")) ?? "").split("\n")) {
    const [sha, name] = line.split(" ");
    if (name === ref && sha && SHA.test(sha)) return sha;
  }
  return void 0;
});
var headCommit = (function headCommit(dir) {
  const git = gitDir(dir);
  if (git === null) return null;
  if (!git) return void 0;
  const head = read(join(git, "HEAD"))?.trim();
  if (!head) return void 0;
  if (SHA.test(head)) return head;
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  if (!ref) return void 0;
  const commonFile = read(join(git, "commondir"))?.trim();
  const common = commonFile ? resolve(git, commonFile) : git;
  return lookupRef(git, common, ref);
});

// src/cli/cluster-options.ts
var clusterOptions = {
  "jobmanager-url": { type: "string" },
  "sql-gateway-url": { type: "string" },
  "state-file": { type: "string" },
  concurrency: { type: "string" },
  "ca-file": { type: "string" },
  "insecure-skip-verify": { type: "boolean" }
};
var clusterHelp = [
  "  --jobmanager-url URL   JobManager REST endpoint (else FLINKOPS_JOBMANAGER_URL, else flinkops.yaml)",
  "  --sql-gateway-url URL  SQL Gateway REST endpoint (else FLINKOPS_SQL_GATEWAY_URL, else flinkops.yaml)",
  "  --state-file PATH      state store file (default .flinkops/state/<env>.json in the project)",
  "  --concurrency N        cluster requests in flight at once while observing (default 16)",
  "  --ca-file PEM          CA certificate(s) the cluster endpoints are signed with (else FLINKOPS_CA_FILE)",
  "  --insecure-skip-verify do not verify the endpoints' TLS certificates (testing only)"
];
var endpointHelp = clusterHelp.filter((l) => /gateway|jobmanager|ca-file|insecure/.test(l));
var tlsOptions = (function tlsOptions(args, io) {
  const caFile = stringOpt(args, "ca-file") ?? io.env.FLINKOPS_CA_FILE;
  const skip = args.values["insecure-skip-verify"] === true || io.env.FLINKOPS_INSECURE_SKIP_VERIFY === "true";
  if (!caFile && !skip) return void 0;
  let ca;
  if (caFile) {
    try {
      ca = readFileSync(isAbsolute(caFile) ? caFile : resolve(io.cwd, caFile), "utf8");
    } catch {
      throw new UsageError(`cannot read the CA file ${caFile}`);
    }
  }
  return { ...ca ? { ca } : {}, ...skip ? { insecureSkipVerify: true } : {} };
});
var endpointOverrides = (function endpointOverrides(args) {
  const jm = stringOpt(args, "jobmanager-url");
  const gw = stringOpt(args, "sql-gateway-url");
  return { ...jm ? { jobmanagerUrl: jm } : {}, ...gw ? { sqlGatewayUrl: gw } : {} };
});
var fileStore = (function fileStore(args, io, dir) {
  const path = stringOpt(args, "state-file") ?? io.env.FLINKOPS_STATE_FILE;
  return (project, env) => new FileStateStore({
    dir,
    project,
    env,
    clock: systemClock,
    ...path ? { path: isAbsolute(path) ? path : resolve(io.cwd, path) } : {}
  });
});
function concurrency(args) {
  return intOpt(args, "concurrency", 16);
}
var secretSource = (function secretSource(io) {
  return (name) => io.env[`FLINKOPS_SECRET_${name}`] ?? io.env[name];
});
var currentCommit = (function currentCommit(args, io, dir) {
  const given = stringOpt(args, "commit") ?? io.env.GITHUB_SHA;
  if (given) return given;
  const head = headCommit(dir);
  if (head) return head;
  if (head === null && io.env.GIT_DIR === void 0) return void 0;
  try {
    const { execFileSync } = process.getBuiltinModule("node:child_process");
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: dir,
      env: io.env,
      stdio: ["ignore", "pipe", "ignore"]
    }).toString().trim();
  } catch {
    return void 0;
  }
});
var progressPrinter = (function progressPrinter(io, quiet) {
  if (quiet) return () => {
  };
  return (p) => {
    const message = describeEngineProgress(p);
    io.stderr(io.color ? `\x1B[2m\u2026 ${message}\x1B[22m
` : `\u2026 ${message}
`);
  };
});
var clusterRun = (function clusterRun(args, io, dir, env) {
  const tls = tlsOptions(args, io);
  return {
    dir,
    env,
    envVars: io.env,
    secrets: secretSource(io),
    endpoints: endpointOverrides(args),
    ...tls ? { tls } : {},
    concurrency: concurrency(args),
    store: fileStore(args, io, dir)
  };
});
var jobSecretValues = (function jobSecretValues(desired, secrets) {
  const lookup = (n) => typeof secrets === "function" ? secrets(n) : secrets[n];
  const names = new Set((desired?.jobs ?? []).flatMap((j) => j.secrets));
  return [...names].map(lookup).filter((v) => v !== void 0 && v.length > 0);
});
var owner = (function owner(io) {
  if (io.env.GITHUB_ACTOR)
    return `${io.env.GITHUB_ACTOR} (GitHub Actions run ${io.env.GITHUB_RUN_ID ?? "?"})`;
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
});

export {
  clusterOptions,
  clusterHelp,
  endpointHelp,
  tlsOptions,
  endpointOverrides,
  fileStore,
  secretSource,
  currentCommit,
  progressPrinter,
  clusterRun,
  jobSecretValues,
  owner
};
