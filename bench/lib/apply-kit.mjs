// What the apply benchmark builds on: the bundled apply stages, a synthetic desired state of N
// small datagen → blackhole jobs, and state-store records for the store-write measurement.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { schemaValidatorsEsbuild } from '../../scripts/schema-validators.mjs';
import { root } from './bundle.mjs';

const EXPORTS = {
  'src/apply/index.ts': ['execute', 'StoreSession'],
  'src/sim/index.ts': ['startSimulator'],
  'src/flink/index.ts': ['createFlinkClient'],
  'src/observe/index.ts': ['observe'],
  'src/plan/index.ts': ['diff'],
  'src/state/index.ts': ['FileStateStore', 'emptyState', 'setCurrent', 'markStable', 'appendHistory'],
  'src/compile/spec-hashes.ts': ['restartHash'],
  'src/core/names.ts': ['pipelineName'],
  'src/core/clock.ts': ['systemClock'],
};

/** Bundles the apply stages into `outDir`; undici stays the installed package. */
export async function bundleApply(outDir) {
  const entry = join(outDir, 'entry.ts');
  writeFileSync(
    entry,
    Object.entries(EXPORTS)
      .map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(join(root, file))};`)
      .join('\n'),
  );
  const outfile = join(outDir, 'apply-bench-bundle.mjs');
  const undici = pathToFileURL(join(root, 'node_modules', 'undici', 'index.js')).href;
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    plugins: [
      schemaValidatorsEsbuild,
      {
        name: 'undici-external',
        setup(b) {
          b.onResolve({ filter: /^undici$/ }, () => ({ path: undici, external: true }));
        },
      },
    ],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const m = await import(pathToFileURL(outfile).href);
  return {
    ...m,
    seedRecord: (doc, job) => seedRecord(m, doc, job),
    retiredStore: (count) => retiredStore(m, count),
    touchRecord: (doc, job, i) => touchRecord(m, doc, job, i),
  };
}

function script(name, version) {
  return [
    `-- flinkops compiled script: job ${name}`,
    ...(version > 1 ? [`SET 'table.exec.state.ttl' = '${version} h';`] : []),
    `CREATE TEMPORARY TABLE \`src_${name}\` (id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen');`,
    `CREATE TEMPORARY TABLE \`out_${name}\` (id BIGINT, amount DOUBLE) WITH ('connector' = 'blackhole');`,
    `INSERT INTO \`out_${name}\` SELECT id, amount FROM \`src_${name}\`;`,
    '',
  ].join('\n');
}

/** The desired state of `count` jobs (`<prefix>_0000`, …); `version` > 1 changes every script (an upgrade each). */
export function desiredState(m, count, version, prefix = 'job') {
  const settings = {
    parallelism: 2,
    upgradeMode: 'savepoint',
    state: 'running',
    allowNonRestoredState: false,
    deletionPolicy: 'retain',
    config: {},
  };
  const jobs = Array.from({ length: count }, (_, i) => {
    const name = `${prefix}_${String(i).padStart(4, '0')}`;
    const text = script(name, version);
    return {
      name,
      pipelineName: m.pipelineName('bench', 'prod', name),
      sqlFile: `jobs/${name}.sql`,
      script: text,
      statements: [],
      settings,
      parallelism: 2,
      restartHash: m.restartHash(text, settings),
      metadataHash: 'm',
      tables: [],
      views: [],
      udfs: [],
      functions: [],
      secrets: [],
      sinks: [`out_${name}`],
      sources: [`src_${name}`],
    };
  });
  return {
    project: 'bench',
    env: 'prod',
    flinkVersion: '1.18',
    environment: { name: 'prod', jobmanagerUrl: 'x', sqlGatewayUrl: 'x' },
    jobs,
    tables: [],
    udfs: [],
    graph: { nodes: [], edges: [] },
  };
}

/** A deployed, stable job with a few history entries: what a store holds after some applies. */
function seedRecord(m, doc, job) {
  const deployed = {
    specHash: job.restartHash,
    script: job.script,
    parallelism: 2,
    jobId: job.restartHash.padEnd(32, '0'),
    deployedAt: '2025-01-01T00:00:00.000Z',
  };
  let d = m.markStable(m.setCurrent(doc, job.name, deployed, 'running'), job.name);
  for (let i = 0; i < 5; i++)
    d = m.appendHistory(d, job.name, { time: '2025-01-01T00:00:00.000Z', action: 'create', commit: 'bench' });
  return d;
}

/**
 * A store of `count` jobs deleted by earlier applies (`old_0000`, …): records the store keeps and
 * a plan passes over, so an apply in it has the same changes as one in an empty store.
 */
function retiredStore(m, count) {
  const empty = m.emptyState('bench', 'prod');
  const jobs = {};
  for (const j of desiredState(m, count, 1, 'old').jobs)
    jobs[j.name] = { ...seedRecord(m, empty, j).jobs[j.name], status: 'deleted' };
  return { ...empty, jobs };
}

/** One step's edit of one job: a history entry (as apply records each step). */
function touchRecord(m, doc, name, i) {
  return m.appendHistory(doc, name, {
    time: new Date(Date.UTC(2025, 0, 2, 0, 0, i)).toISOString(),
    action: 'bench',
  });
}
