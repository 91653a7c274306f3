import {
  UsageError,
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";
import {
  renderDiagnostics
} from "./chunk-FFCTVS6D.mjs";
import {
  maskSecrets
} from "./chunk-WFC65L2V.mjs";
import {
  insideRepository
} from "./chunk-SUDAMESV.mjs";
import {
  hasErrors
} from "./chunk-OZ4GHFPU.mjs";
import {
  readFileSync,
  statSync
} from "./chunk-KJ77VBUN.mjs";
import {
  isAbsolute,
  join,
  resolve
} from "./chunk-KBTCQ2CM.mjs";

// src/cli/context.ts
var projectDir = (function projectDir(args, io) {
  const dir = stringOpt(args, "dir") ?? io.env.FLINKOPS_DIR ?? ".";
  return isAbsolute(dir) ? dir : resolve(io.cwd, dir);
});
var chooseEnv = (function chooseEnv(args, io, environments) {
  const env = stringOpt(args, "env") ?? io.env.FLINKOPS_ENV;
  if (env !== void 0) return env;
  if (environments.length === 1) return environments[0];
  throw new UsageError(
    environments.length ? `choose an environment with --env (${environments.join(", ")})` : "flinkops.yaml defines no environments"
  );
});
var sourcesOf = (function sourcesOf(dir, diags) {
  const out = /* @__PURE__ */ new Map();
  for (const d of diags) {
    const file = d.range?.file;
    if (!file || out.has(file)) continue;
    try {
      const path = join(dir, file);
      if (!insideRepository(dir, path)) continue;
      if (statSync(path).size > 1024 * 1024) continue;
      out.set(file, readFileSync(path, "utf8"));
    } catch {
    }
  }
  return out;
});
var reportDiagnostics = (function reportDiagnostics(io, dir, diags) {
  if (diags.length) io.stderr(renderDiagnostics(diags, { color: io.color, sources: sourcesOf(dir, diags) }));
  return hasErrors(diags);
});
var mask = (function mask(text, secrets) {
  return maskSecrets(text, secrets);
});

export {
  projectDir,
  chooseEnv,
  sourcesOf,
  reportDiagnostics,
  mask
};
