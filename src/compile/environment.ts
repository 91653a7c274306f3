/**
 * The cluster side of one environment: endpoints, auth, alerts and the other places it names,
 * with `${env.X}` substituted. It comes from flinkops.yaml alone, so a plan can read it (and
 * start observing the cluster) before the rest of the repository has compiled.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics';
import { type EnvironmentSpec, PROJECT_FILE, type ProjectConfig, parseYaml, readTextFile } from '../load';
import { insideRepository, isSymlink } from '../load/files';
import { checkSchema } from '../validate';
import type { DesiredEnvironment } from './model';
import { envLookup, substituteDeep } from './resolve';

/** `environments.<env>` of a validated flinkops.yaml as the desired state carries it. */
export function desiredEnvironment(
  env: string,
  envSpec: EnvironmentSpec,
  envVars: Readonly<Record<string, string | undefined>>,
): DesiredEnvironment {
  return substituteDeep(
    {
      name: env,
      jobmanagerUrl: envSpec.jobmanagerUrl,
      sqlGatewayUrl: envSpec.sqlGatewayUrl,
      ...(envSpec.auth ? { auth: envSpec.auth } : {}),
      ...(envSpec.alerts ? { alerts: envSpec.alerts } : {}),
      ...(envSpec.savepointDir ? { savepointDir: envSpec.savepointDir } : {}),
      ...(envSpec.planDir ? { planDir: envSpec.planDir } : {}),
      ...(envSpec.moveFrom ? { moveFrom: envSpec.moveFrom } : {}),
    },
    envLookup(envSpec, envVars),
  );
}

/**
 * The project name and the desired environment `env` from `dir/flinkops.yaml` only: what the
 * compile of the whole repository will say about them, unless the file changes in between or
 * the repository has errors (then the compile has none to say). Undefined when the file does not
 * read, parse or pass its schema; its problems are the compile's to report.
 */
export function projectEnvironment(
  dir: string,
  env: string,
  envVars: Readonly<Record<string, string | undefined>>,
): { project: string; environment: DesiredEnvironment; environments: string[] } | undefined {
  // The loader refuses a flinkops.yaml linked from outside the repository: so does this.
  if (isSymlink(join(dir, PROJECT_FILE)) && !insideRepository(dir, join(dir, PROJECT_FILE))) return undefined;
  const ignored: Diagnostic[] = [];
  const text = readTextFile(dir, PROJECT_FILE, ignored);
  const y = text && parseYaml(PROJECT_FILE, text.text).value;
  if (!y || checkSchema('project', y).length > 0) return undefined;
  const config = y.data as ProjectConfig;
  const envSpec = config.environments[env];
  return envSpec
    ? {
        project: config.project,
        environment: desiredEnvironment(env, envSpec, envVars),
        environments: Object.keys(config.environments),
      }
    : undefined;
}
