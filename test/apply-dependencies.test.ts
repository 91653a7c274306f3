/**
 * The order apply runs jobs in: a job waits for the jobs of the run that write what it reads, and
 * for a deletion or suspension of a job writing the same table. A renamed job (its old name
 * deleted, its new name created) so never runs beside its old self, both writing one sink.
 */
import { describe, expect, it } from 'vitest';
import { dependencies } from '../src/apply/execute';
import { toSteps } from '../src/apply/steps';
import type { DesiredJob } from '../src/compile/model';
import { kafkaTopicKeys } from '../src/core/kafka-topic';
import { diff } from '../src/plan';
import { desiredJob, desiredState, liveOf, liveState, record, script, stateDoc } from './plan-fixtures';

/** A job of the run with its Kafka tables: `{table: [connector, topic, brokers]}`. */
function onTopics(jobs: DesiredJob[], kafka: Record<string, [string, string, string]>) {
  const desired = desiredState(jobs);
  for (const t of desired.tables) {
    const k = kafka[t.name];
    if (!k) continue;
    t.connector = k[0];
    t.options = {
      [/[(*]/.test(k[1]) ? 'topic-pattern' : 'topic']: k[1],
      'properties.bootstrap.servers': k[2],
    };
    // What compile gives each Kafka table, once (a topic-pattern where the name has '(' or '*').
    t.topics = kafkaTopicKeys(t.connector, t.options);
  }
  const plan = diff(desired, liveState([]), { doc: stateDoc({}), version: 1 }, { allowDelete: false });
  return dependencies(toSteps(plan, desired, stateDoc({})), desired, stateDoc({}));
}

/**
 * `totals` renamed `customer_totals_job`: the store knows the old job by its script alone (its
 * sink is read from it), the new one comes from the repository, beside `also`.
 */
function renamed(allowDelete: boolean, also: DesiredJob[] = []) {
  const old = desiredJob('totals', { script: script('customer_totals') });
  const job = desiredJob('customer_totals_job', {
    script: script('customer_totals'),
    sinks: ['customer_totals'],
  });
  const desired = desiredState([job, ...also]);
  const doc = stateDoc({ totals: record(old) });
  const plan = diff(desired, liveState([liveOf(old)]), { doc, version: 1 }, { allowDelete });
  return { plan, desired, doc, fo628: plan.diagnostics.find((x) => x.code === 'FO628') };
}

describe('apply order', () => {
  it('starts the renamed job after its old name is deleted, not beside it', () => {
    const other = desiredJob('elsewhere', { script: script('other_sink'), sinks: ['other_sink'] });
    const { plan, desired, doc } = renamed(true, [other]);
    expect(plan.changes.map((c) => [c.job, c.action])).toEqual([
      ['customer_totals_job', 'create'],
      ['elsewhere', 'create'],
      ['totals', 'delete'],
    ]);
    const deps = dependencies(toSteps(plan, desired, doc), desired, doc);
    expect([...deps.get('customer_totals_job')!]).toEqual(['totals']);
    expect([...deps.get('elsewhere')!]).toEqual([]);
    expect([...deps.get('totals')!]).toEqual([]);
  });
});

describe('apply order through Kafka topics', () => {
  // Real Flink 2.2: a consumer created at once with its producer fails as it starts
  // ("Failed to get metadata for topics [clean]", UnknownTopicOrPartitionException).
  const chain = () => [
    desiredJob('clean_events', { sources: ['raw'], sinks: ['clean_out'] }),
    desiredJob('user_totals', { sources: ['clean'], sinks: ['agg'] }),
    desiredJob('enrich', { sources: ['agg_in'], sinks: ['enriched'] }),
    desiredJob('unrelated', { sources: ['raw'], sinks: ['other'] }),
  ];

  it('starts a job reading a topic after the job writing it through another table', () => {
    const deps = onTopics(chain(), {
      clean_out: ['kafka', 'clean', 'b1:9092,b2:9092'],
      clean: ['kafka', 'clean', 'b2:9092, b1:9092'],
      agg: ['upsert-kafka', 'agg', 'b1:9092'],
      agg_in: ['upsert-kafka', 'agg', 'b1:9092'],
      other: ['kafka', 'other', 'b1:9092'],
    });
    expect([...deps.get('clean_events')!]).toEqual([]);
    expect([...deps.get('user_totals')!]).toEqual(['clean_events']);
    expect([...deps.get('enrich')!]).toEqual(['user_totals']);
    expect([...deps.get('unrelated')!]).toEqual([]);
  });

  it('starts a job reading a topic-pattern after the jobs writing the topics it matches (a whole name)', () => {
    const deps = onTopics(
      [
        desiredJob('eu', { sources: ['raw'], sinks: ['orders_eu'] }),
        desiredJob('us', { sources: ['raw'], sinks: ['orders_us'] }),
        desiredJob('archive', { sources: ['raw'], sinks: ['orders_eu_old'] }),
        desiredJob('totals', { sources: ['all_orders'], sinks: ['agg'] }),
      ],
      {
        orders_eu: ['kafka', 'orders-eu', 'b1:9092'],
        orders_us: ['kafka', 'orders-us', 'b1:9092'],
        // `orders-(eu|us)` does not match a longer name: Flink matches the whole topic name.
        orders_eu_old: ['kafka', 'orders-eu-old', 'b1:9092'],
        all_orders: ['kafka', 'orders-(eu|us)', 'b1:9092'],
      },
    );
    expect([...deps.get('totals')!].sort()).toEqual(['eu', 'us']);
    expect([...deps.get('eu')!]).toEqual([]);
  });

  it('does not order jobs on the same topic name of other brokers, or other connectors', () => {
    const deps = onTopics(chain(), {
      clean_out: ['kafka', 'clean', 'b1:9092'],
      clean: ['kafka', 'clean', 'other:9092'],
      agg: ['filesystem', 'agg', 'b1:9092'],
      agg_in: ['filesystem', 'agg', 'b1:9092'],
    });
    expect([...deps.get('user_totals')!]).toEqual([]);
    expect([...deps.get('enrich')!]).toEqual([]);
  });
});

describe('FO628', () => {
  it('says a created job writing what a deleted job wrote starts without its state', () => {
    const { fo628 } = renamed(true);
    expect(fo628).toMatchObject({ severity: 'warning' });
    expect(fo628!.summary).toContain('customer_totals_job is created while job totals');
    // The way to keep the state: the rename said with movedFrom.
    expect(fo628!.detail).toContain(
      "set movedFrom: totals in customer_totals_job's settings (jobs/customer_totals_job.yaml)",
    );
    // Without state the sources start over: what the old job wrote can be written again.
    expect(fo628!.detail).toMatch(
      /sources read again from their startup position .*what totals already wrote to \S+ can be written again/,
    );
  });

  it('with the deletion refused, says both jobs would write the table at once, and that --allow-delete replaces the old one', () => {
    const { plan, fo628 } = renamed(false);
    expect(plan.changes.find((c) => c.job === 'totals')?.refused).toBeDefined();
    expect(fo628!.summary).toContain('keeps running (its deletion is refused): both would write it at once');
    expect(fo628!.detail).toContain(
      'If customer_totals_job is totals renamed, set movedFrom: totals in customer_totals_job',
    );
    expect(fo628!.detail).toContain('Planned with --allow-delete instead, apply stops totals first');
  });
});
