import {
  createFlinkClient
} from "./chunk-NMEMJCCX.mjs";
import {
  sentCredentials
} from "./chunk-YM6LO4KA.mjs";
import {
  endpointUrlProblem,
  shownUrl
} from "./chunk-PG4X7Q6A.mjs";
import {
  resolveSecretsInValue
} from "./chunk-DPJDA3R2.mjs";
import {
  error
} from "./chunk-FYVUM4PK.mjs";

// src/engine/cluster.ts
var clusterOf = (function clusterOf(endpoints, overrides, vars, configured) {
  return {
    jobmanagerUrl: shownUrl(endpoints.jobmanagerUrl),
    from: configured !== void 0 && endpoints.jobmanagerUrl === configured ? "flinkops.yaml" : overrides.jobmanagerUrl ? "option" : vars.FLINKOPS_JOBMANAGER_URL ? "FLINKOPS_JOBMANAGER_URL" : "flinkops.yaml"
  };
});
var resolveEndpoints = (function resolveEndpoints(env, overrides, vars) {
  return {
    jobmanagerUrl: overrides.jobmanagerUrl ?? vars.FLINKOPS_JOBMANAGER_URL ?? env.jobmanagerUrl,
    sqlGatewayUrl: overrides.sqlGatewayUrl ?? vars.FLINKOPS_SQL_GATEWAY_URL ?? env.sqlGatewayUrl
  };
});
var connect = (function connect(opts) {
  const diags = [];
  const secretValues = [];
  const resolve = (v) => {
    if (v === void 0) return void 0;
    const r = resolveSecretsInValue(v, opts.secrets);
    diags.push(...r.diags);
    if (r.value !== v) secretValues.push(r.value);
    return r.value;
  };
  const a = opts.env.auth;
  const auth = {};
  if (a?.token) auth.bearerToken = resolve(a.token);
  if (a?.username !== void 0)
    auth.basic = { username: resolve(a.username), password: resolve(a.password) ?? "" };
  if (a?.headers)
    auth.headers = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k, resolve(v)]));
  for (const [what, url] of Object.entries(opts.endpoints)) {
    if (what === "sqlGatewayUrl" && url === "") continue;
    const problem = endpointUrlProblem(url);
    if (problem)
      diags.push(
        error(
          "FO660",
          `${what} '${shownUrl(url)}' is not a usable http(s) URL: ${problem}`,
          `${endpointSource(opts.env, what, url)} Write a URL such as ${what === "jobmanagerUrl" ? "http://flink-jobmanager:8081" : "http://flink-sql-gateway:8083"}.`
        )
      );
  }
  if (diags.some((d) => d.severity === "error")) return { secretValues, diags };
  for (const url of Object.values(opts.endpoints))
    for (const v of sentCredentials(url, auth)) if (!secretValues.includes(v)) secretValues.push(v);
  const client = createFlinkClient({
    jobmanagerUrl: opts.endpoints.jobmanagerUrl,
    ...opts.endpoints.sqlGatewayUrl ? { sqlGatewayUrl: opts.endpoints.sqlGatewayUrl } : {},
    ...Object.keys(auth).length ? { auth } : {},
    ...opts.tls ? { tls: opts.tls } : {},
    ...opts.clock ? { clock: opts.clock } : {},
    ...opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {},
    ...opts.timeLimit ? { timeLimit: opts.timeLimit } : {},
    ...opts.onStop ? { onStop: opts.onStop } : {},
    redact: secretValues
  });
  return { client, secretValues, diags };
});
var endpointSource = (function endpointSource(env, what, url) {
  const flag = what === "jobmanagerUrl" ? "--jobmanager-url" : "--sql-gateway-url";
  const variable = what === "jobmanagerUrl" ? "FLINKOPS_JOBMANAGER_URL" : "FLINKOPS_SQL_GATEWAY_URL";
  const yaml = `environments.${env.name}.${what} in flinkops.yaml`;
  if (url === env[what])
    return `It is set in ${yaml}, or by ${flag} or ${variable} (which override it): fix it there.`;
  if (url === env.moveFrom?.[what]) return `Fix environments.${env.name}.moveFrom.${what} in flinkops.yaml.`;
  return `It was given with ${flag} or ${variable}, which override ${yaml}: fix it there.`;
});
var previousEndpoints = (function previousEndpoints(env) {
  const from = env.moveFrom;
  return from ? { jobmanagerUrl: from.jobmanagerUrl, sqlGatewayUrl: from.sqlGatewayUrl ?? "" } : void 0;
});
var connectPrevious = (function connectPrevious(opts) {
  const from = opts.env.moveFrom;
  const endpoints = previousEndpoints(opts.env);
  if (!from || !endpoints) return void 0;
  return connect({ ...opts, endpoints, env: from.auth ? { ...opts.env, auth: from.auth } : opts.env });
});

export {
  clusterOf,
  resolveEndpoints,
  connect,
  previousEndpoints,
  connectPrevious
};
