/**
 * Kafka options that validate and plan cleanly but break the job once it runs: an exactly-once
 * sink whose transactions outlast what the broker allows (FO273), or not the job's checkpoint
 * interval (FO689), in a job that does not checkpoint (FO692), two jobs writing exactly-once under one transactional id prefix (FO688), a source starting from its
 * group's committed offsets without a group or without a reset policy (FO274), and jobs that
 * share a consumer group (FO275). Options are taken as each environment gives them (its override
 * merged over the table's own, a `null` removing one, `${env.X}` substituted) and as each job's
 * OPTIONS hint changes them, so an override or a hint that fixes a table silences the warning, and
 * one that breaks it raises it where it does.
 */
import { type Diagnostic, type SourceRange, warning } from '../core/diagnostics';
import { parseDurationMs } from '../core/duration';
import { configLayers } from '../load';
import type { Project, ProjectTable } from './model';
import {
  type EnvTableOptions,
  lookupOf,
  type TableUse,
  tableOptionsIn,
  tableUses,
  writtenConnector,
} from './table-options';

const TIMEOUT = 'properties.transaction.timeout.ms';
const PREFIX = 'sink.transactional-id-prefix';
const INTERVAL = 'execution.checkpointing.interval';
const GROUP = 'properties.group.id';
const RESET = 'properties.auto.offset.reset';
const MODE = 'scan.startup.mode';

/** An option as a job's use of a table sees it: the hint's value wins over the table's. */
interface Seen {
  value: string | undefined;
  text: string;
  at: () => SourceRange | undefined;
}

function seen(o: EnvTableOptions, use: TableUse | undefined, key: string): Seen | undefined {
  const hinted = use?.hints[key];
  if (hinted !== undefined)
    return { value: hinted.includes('${') ? undefined : hinted, text: hinted, at: use!.at };
  return o.options.get(key);
}

interface Finding {
  code: string;
  summary: string;
  detail: string;
  at: SourceRange | undefined;
  envs: Set<string>;
}

function lower(s: Seen | undefined): string | undefined {
  return s?.value?.toLowerCase();
}

function list(names: Iterable<string>): string {
  return [...new Set(names)].sort().join(', ');
}

/**
 * The job's checkpoint interval in an environment as its YAML gives it (defaults < environment < job
 * < override); 0 when none sets it (nor a SET line of its script) or it is switched off.
 */
function checkpointInterval(
  project: Project,
  env: string | undefined,
  job: string,
): { ms: number; text: string } | undefined {
  const settings = project.jobs.find((j) => j.name === job)?.settings;
  const text = configLayers(project.config, env, job, settings)
    .map((l) => l?.[INTERVAL])
    .filter((v) => v !== undefined && v !== null)
    .at(-1);
  if (typeof text !== 'string' && typeof text !== 'number') {
    // A SET line in the script may switch it on; the cluster's own configuration is not known here.
    const sql = project.loaded.jobs.find((j) => j.name === job)?.sql?.text ?? '';
    return sql.includes(INTERVAL) ? undefined : { ms: 0, text: 'unset' };
  }
  const ms = parseDurationMs(String(text));
  return ms === undefined ? undefined : { ms: Math.max(ms, 0), text: String(text) };
}

export function checkKafkaOptions(
  project: Project,
  envs: readonly string[],
  envVars: Readonly<Record<string, string | undefined>>,
): Diagnostic[] {
  const l = lookupOf(project, envVars);
  const { reads, writes } = tableUses(project);
  const writers = new Map<ProjectTable, TableUse[]>();
  for (const w of writes) writers.set(w.table, [...(writers.get(w.table) ?? []), w]);
  const findings = new Map<string, Finding>();
  const scopes: (string | undefined)[] = envs.length > 0 ? [...envs] : [undefined];
  for (const env of scopes) {
    const add = (f: Omit<Finding, 'envs'>, key: string) => {
      const k = `${f.code}\0${key}\0${f.at?.file}:${f.at?.start.line}:${f.at?.start.column}`;
      const found = findings.get(k) ?? { ...f, envs: new Set<string>() };
      if (env !== undefined) found.envs.add(env);
      findings.set(k, found);
    };
    const optionsOf = (t: ProjectTable) => tableOptionsIn(t, env, l);
    const kafka = (t: ProjectTable, use?: TableUse): EnvTableOptions | undefined => {
      // Only a table written as kafka (or one a hint makes so) has its options gathered.
      const named = writtenConnector(t, env, l)?.toLowerCase();
      const other =
        named === undefined || (!named.includes('${') && named !== 'kafka' && named !== 'upsert-kafka');
      if (other && use?.hints.connector === undefined) return undefined;
      const o = optionsOf(t);
      const connector = o && lower(seen(o, use, 'connector'));
      return connector === 'kafka' || connector === 'upsert-kafka' ? o : undefined;
    };

    // FO273: per job writing the table (its hint may set the options), or the table alone.
    const prefixes = new Map<string, { use: TableUse; prefix: Seen }[]>();
    for (const t of project.tables) {
      const o = kafka(t);
      if (!o) continue;
      for (const use of writers.get(t) ?? [undefined]) {
        const guarantee = seen(o, use, 'sink.delivery-guarantee') ?? seen(o, use, 'sink.semantic');
        if (lower(guarantee) !== 'exactly-once') continue;
        const prefix = seen(o, use, PREFIX);
        if (use && prefix?.value !== undefined) {
          const servers = seen(o, use, 'properties.bootstrap.servers');
          const key = `${servers?.value ?? servers?.text ?? ''}\0${prefix.value}`;
          prefixes.set(key, [...(prefixes.get(key) ?? []), { use, prefix }]);
        }
        const timeout = seen(o, use, TIMEOUT);
        const interval = use && checkpointInterval(project, env, use.job);
        const timeoutMs = parseDurationMs(timeout?.value);
        if (use && interval?.ms === 0)
          add(
            {
              code: 'FO692',
              summary: `Job ${use.job} writes Kafka sink ${t.name} exactly-once without checkpointing (${INTERVAL} ${interval.text})`,
              detail: `Flink's Kafka sink commits its transactions only when a checkpoint completes: without checkpoints the job runs, and no record it writes ever reaches a read_committed consumer (nor is it ever committed); nothing fails or says so. Set ${INTERVAL} (e.g. 30 s) in the job's config or in defaults.config (where the cluster's configuration sets it, state it there too), or write at-least-once.`,
              at: guarantee?.at(),
            },
            `${t.name}\0${use.job}`,
          );
        if (
          use &&
          interval &&
          interval.ms > 0 &&
          timeout &&
          timeoutMs !== undefined &&
          interval.ms >= timeoutMs
        )
          add(
            {
              code: 'FO689',
              summary: `Job ${use.job} checkpoints every ${interval.text}, not within the ${TIMEOUT} of its exactly-once Kafka sink ${t.name} (${timeout.text} ms)`,
              detail: `Flink's Kafka sink commits a transaction at the checkpoint after it opened it: the transaction must outlive the checkpoint interval (and the time a restart takes). The broker aborts any transaction older than its timeout, so the records written since the last checkpoint are lost, or the commit fails and the job restarts; nothing says so at plan time. Set ${INTERVAL} well below ${TIMEOUT} (a few minutes at most), or raise ${TIMEOUT} (at most the broker's transaction.max.timeout.ms, 15 minutes unless the broker raises it).`,
              at: timeout.at(),
            },
            `${t.name}\0${use.job}`,
          );
        if (timeout) continue;
        const removed = o.removed.get(TIMEOUT);
        add(
          {
            code: 'FO273',
            summary: removed
              ? `Kafka sink ${t.name} writes exactly-once, and this override removes ${TIMEOUT}`
              : `Kafka sink ${t.name} writes exactly-once without ${TIMEOUT}`,
            detail: `Flink's Kafka sink opens its transactions with a timeout of 1 hour, and a Kafka broker refuses any above its transaction.max.timeout.ms (15 minutes unless the broker raises it): the job fails as it starts ("The transaction timeout is larger than the maximum value allowed by the broker") and restarts until it is fixed; Flink's planner takes the table, so the plan passes. Set ${TIMEOUT}: 900000 (15 minutes: at most the broker's maximum, and well above the checkpoint interval, since a transaction stays open until the next checkpoint commits it).`,
            at: (removed ?? guarantee?.at)?.(),
          },
          t.name,
        );
      }
    }

    for (const members of prefixes.values()) {
      const jobs = new Set(members.map((m) => m.use.job));
      if (jobs.size < 2) continue; // one job writing a table twice: Flink names its sinks' ids apart
      const names = list(members.map((m) => m.use.table.name));
      for (const { use, prefix } of members)
        add(
          {
            code: 'FO688',
            summary: `Jobs ${list(jobs)} write exactly-once to Kafka (${names}) with the same ${PREFIX} ${prefix.text}`,
            detail: `Flink's Kafka sink names its transactions <prefix>-<subtask>-<checkpoint>, and a job that starts or restores aborts the open transactions under its prefix: a job sharing it fences the other's producers (ProducerFencedException, the job restarts) or aborts transactions the other has not committed yet, whose records never reach a read_committed consumer. Nothing fails at plan time. Give each job a prefix of its own, unique on the Kafka cluster: on the table, or where a job writes it, INSERT INTO ${use.table.name} /*+ OPTIONS('${PREFIX}' = '${prefix.text}-<job>') */.`,
            at: prefix.at(),
          },
          `${prefix.text}\0${list(jobs)}`,
        );
    }

    // FO274 / FO275: per read of a kafka table that starts from the group's committed offsets.
    const groups = new Map<string, { use: TableUse; group: Seen }[]>();
    for (const use of reads) {
      const o = kafka(use.table, use);
      if (!o || lower(seen(o, use, 'connector')) !== 'kafka') continue; // upsert-kafka reads from the earliest offset
      const mode = seen(o, use, MODE);
      if (mode && lower(mode) !== 'group-offsets') continue; // also unknown: no guess
      const group = seen(o, use, GROUP);
      const t = use.table;
      const how = `${mode ? 'scan.startup.mode is group-offsets' : 'scan.startup.mode is not set, and its default is group-offsets'}`;
      if (!group) {
        add(
          {
            code: 'FO274',
            summary: `Kafka source ${t.name} starts from its consumer group's committed offsets but has no ${GROUP}`,
            detail: `${how}, which needs a consumer group: Flink refuses the job when it is planned or submitted ("Property group.id is required when using committed offset for offsets initializer"). Set ${GROUP} (a group of its own for each job reading the table, see FO275), or set scan.startup.mode: earliest-offset or latest-offset.`,
            at: (mode?.at ?? o.removed.get(GROUP) ?? o.connectorAt)(),
          },
          t.name,
        );
        continue;
      }
      if (!seen(o, use, RESET)) {
        add(
          {
            code: 'FO274',
            summary: `Kafka source ${t.name} starts from the committed offsets of group ${group.text}, with no ${RESET} for when it has none`,
            detail: `${how}. A job that starts without state (created, or upgraded stateless) in a group that has committed no offsets yet (a new group, or its offsets expired) fails as it starts ("NoOffsetForPartitionException: Undefined offset with no reset policy") and restarts until it is fixed; Flink's planner takes the table, so the plan passes. Set ${RESET}: earliest (or latest), where a group without offsets starts.`,
            at: (o.removed.get(RESET) ?? (mode ?? group).at)(),
          },
          t.name,
        );
      }
      const servers = seen(o, use, 'properties.bootstrap.servers');
      const topic = seen(o, use, 'topic') ?? seen(o, use, 'topic-pattern');
      const key = [servers, topic, group].map((s) => s?.value ?? s?.text ?? '').join('\0');
      groups.set(key, [...(groups.get(key) ?? []), { use, group }]);
    }
    for (const members of groups.values()) {
      if (new Set(members.map((m) => m.use.job)).size < 2) continue; // one job reading a table twice: its own offsets
      const jobs = list(members.map((m) => m.use.job));
      const names = new Set(members.map((m) => m.use.table.name));
      const tables = `${names.size > 1 ? 'tables' : 'table'} ${list(names)}`;
      const topic = optionsOf(members[0]!.use.table)?.options.get('topic')?.text;
      for (const { use, group } of members)
        add(
          {
            code: 'FO275',
            summary: `Jobs ${jobs} read ${tables} in the same Kafka consumer group ${group.text}${topic ? ` (topic ${topic})` : ''}, from its committed offsets`,
            detail: `Each job commits its position to the group at every checkpoint. A job that starts without state (created, or upgraded stateless) starts where another one last committed and never reads the records before; nothing fails or says so. Give each job a group of its own where it reads the table: FROM ${use.table.name} /*+ OPTIONS('${GROUP}' = '${group.text}-<job>') */ (in a windowing function, read the table so in a WITH query and pass its name to TABLE). Or, when a job starting without state should read the topic from its start, set scan.startup.mode: earliest-offset on the table (latest-offset: from its end).`,
            at: group.at(),
          },
          `${use.table.name}\0${jobs}`,
        );
    }
  }
  const every = Object.keys(project.config?.environments ?? {});
  return [...findings.values()].map((f) => {
    // Said only of some environments: an override sets or removes an option.
    const only =
      f.envs.size > 0 && f.envs.size < every.length
        ? ` (environment${f.envs.size > 1 ? 's' : ''} ${list(f.envs)})`
        : '';
    return warning(f.code, f.summary + only, f.detail, f.at);
  });
}
