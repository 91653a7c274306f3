// Builds and runs Flink's own SQL parser (test/sql-oracle/SqlOracle.java) for one Flink version.
// Jars come from Maven Central through Maven into a cache outside the repository
// (FLINKOPS_ORACLE_CACHE, default ~/.cache/flinkops/sql-oracle/<version>); javac compiles the harness.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} (is it installed and on PATH?)`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

export function cacheDir(version) {
  const base = process.env.FLINKOPS_ORACLE_CACHE ?? join(homedir(), '.cache', 'flinkops', 'sql-oracle');
  return join(base, version.artifact);
}

/** Fetches the jars (once) and compiles the harness (when its source is newer); returns the classpath. */
export function buildOracle(version) {
  const dir = cacheDir(version);
  const lib = join(dir, 'lib');
  const classes = join(dir, 'classes');
  const parserJar = join(lib, `flink-sql-parser-${version.artifact}.jar`);
  if (!existsSync(parserJar)) {
    mkdirSync(lib, { recursive: true });
    run('mvn', [
      '-q',
      '-B',
      '-f',
      join(here, 'pom.xml'),
      'dependency:copy-dependencies',
      `-Dflink.version=${version.artifact}`,
      `-Dcalcite.version=${version.calcite}`,
      '-DincludeScope=runtime',
      `-DoutputDirectory=${lib}`,
    ]);
  }
  const source = join(here, 'SqlOracle.java');
  const compiled = join(classes, 'SqlOracle.class');
  const cp = [join(lib, '*')].join(delimiter);
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
    mkdirSync(classes, { recursive: true });
    run('javac', ['-nowarn', '-d', classes, '-cp', cp, source]);
  }
  if (!readdirSync(lib).some((f) => f.startsWith('calcite-core-')))
    throw new Error(`no Calcite jar in ${lib}`);
  // Flink's parser jar first: it carries its own copies of some Calcite classes (2.2's SqlTypeName
  // knows VARIANT), which must win over calcite-core's.
  return [classes, parserJar, join(lib, '*')].join(delimiter);
}

/** Flink's verdict on each text: 'ok' or 'error line:col message'. */
export function judge(version, texts) {
  const cp = buildOracle(version);
  const input = `${texts.map((t) => Buffer.from(t, 'utf8').toString('base64')).join('\n')}\n`;
  const out = run('java', ['-Xss16m', '-cp', cp, 'SqlOracle'], { input });
  const lines = out.split('\n').filter((l) => l.length > 0);
  if (lines.length !== texts.length)
    throw new Error(`oracle answered ${lines.length} of ${texts.length} statements`);
  return lines.map((l) => (l === 'ok' ? 'ok' : `error ${l.split('\t').slice(1).join(' ')}`));
}
