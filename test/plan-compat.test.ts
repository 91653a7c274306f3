import { describe, expect, it } from 'vitest';
import { compatibility } from '../src/plan';
import { ddlCauses } from '../src/plan/causes';
import type { CompatibilityVerdict } from '../src/plan/model';

/** Flink SQL cookbook tables (server logs, spells, subscriptions/users), as a compiled script would declare them. */
const DDL = `SET 'execution.checkpointing.interval' = '30s';

CREATE TEMPORARY TABLE server_logs (
    client_ip STRING,
    userid STRING,
    status_code STRING,
    log_time TIMESTAMP(3),
    WATERMARK FOR log_time AS log_time - INTERVAL '15' SECONDS
) WITH (
  'connector' = 'kafka',
  'topic' = 'server_logs',
  'format' = 'json'
);

CREATE TEMPORARY TABLE users (
 user_id INT PRIMARY KEY NOT ENFORCED,
 user_name VARCHAR(255) NOT NULL,
 age INT NOT NULL
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://localhost:3306/mysql-database',
  'table-name' = 'users'
);

CREATE TEMPORARY TABLE report (
  window_start TIMESTAMP(3),
  window_end TIMESTAMP(3),
  ip_addresses BIGINT
) WITH ('connector' = 'blackhole');
`;

const job = (query: string, ddl = DDL) => `${ddl}\nINSERT INTO report\n${query};\n`;

const TUMBLE_1M = `SELECT window_start, window_end, COUNT(DISTINCT client_ip) AS ip_addresses
  FROM TABLE(
    TUMBLE(TABLE server_logs, DESCRIPTOR(log_time), INTERVAL '1' MINUTE))
  GROUP BY window_start, window_end`;

const FILTER = `SELECT log_time, log_time, 1 FROM server_logs WHERE status_code = '200'`;

interface Case {
  name: string;
  old: string;
  new: string;
  verdict: CompatibilityVerdict;
  findings?: RegExp[];
  strategy?: 'savepoint' | 'last-state' | 'stateless';
}

const cases: Case[] = [
  {
    name: 'comments, whitespace and keyword case only: compatible',
    old: job(TUMBLE_1M),
    new: job(
      `-- unique visitors per minute\nselect window_start,   window_end, count(DISTINCT client_ip) as ip_addresses\n from table(tumble(table server_logs, descriptor(log_time), interval '1' minute))\n group by window_start, window_end`,
    ),
    verdict: 'compatible',
    findings: [],
  },
  {
    name: 'sink / table options changed: compatible',
    old: job(TUMBLE_1M),
    new: job(TUMBLE_1M, DDL.replace("'topic' = 'server_logs'", "'topic' = 'server_logs_v2'")),
    verdict: 'compatible',
    findings: [/table server_logs: connector options changed/],
  },
  {
    name: 'a SET line that does not touch state: compatible',
    old: job(TUMBLE_1M),
    new: job(TUMBLE_1M, DDL.replace("'30s'", "'10s'")),
    verdict: 'compatible',
    findings: [/SET 'execution.checkpointing.interval' changed: 30s → 10s \(does not touch state\)/],
  },
  {
    name: 'mini-batch switched on reshapes the aggregation: unknown, likely to lose state',
    old: job(TUMBLE_1M),
    new: job(TUMBLE_1M, `SET 'table.exec.mini-batch.enabled' = 'true';\n${DDL}`),
    verdict: 'unknown',
    findings: [/SET 'table.exec.mini-batch.enabled' added \(reshapes the operator graph\)/],
  },
  {
    name: 'state TTL changed: unknown',
    old: job(TUMBLE_1M),
    new: job(TUMBLE_1M, `SET 'table.exec.state.ttl' = '1 h';\n${DDL}`),
    verdict: 'unknown',
    findings: [/table.exec.state.ttl/],
  },
  {
    name: 'window size changed',
    old: job(TUMBLE_1M),
    new: job(TUMBLE_1M.replace("INTERVAL '1' MINUTE", "INTERVAL '5' MINUTE")),
    verdict: 'unknown',
    findings: [/window changed: TUMBLE\(INTERVAL '1' MINUTE\) → TUMBLE\(INTERVAL '5' MINUTE\)/],
  },
  {
    name: 'GROUP BY keys changed',
    old: job(TUMBLE_1M),
    new: job(
      TUMBLE_1M.replace('GROUP BY window_start, window_end', 'GROUP BY window_start, window_end, userid'),
    ),
    verdict: 'unknown',
    findings: [/GROUP BY keys changed: window_start, window_end → window_start, window_end, userid/],
  },
  {
    name: 'aggregation added to a stateless filter query',
    old: job(FILTER),
    new: job(`SELECT status_code, COUNT(*) AS n, 1 FROM server_logs GROUP BY status_code`),
    verdict: 'unknown',
    findings: [/stateful operator aggregation \(GROUP BY\) added/],
  },
  {
    name: 'top-n (ROW_NUMBER) added',
    old: job(`SELECT wizard, spell, COUNT(*) AS times_cast FROM spells_cast GROUP BY wizard, spell`),
    new: job(`SELECT wizard, spell, times_cast
FROM (
    SELECT *,
    ROW_NUMBER() OVER (PARTITION BY wizard ORDER BY times_cast DESC) AS row_num
    FROM (SELECT wizard, spell, COUNT(*) AS times_cast FROM spells_cast GROUP BY wizard, spell)
)
WHERE row_num <= 2`),
    verdict: 'unknown',
    findings: [/stateful operator ROW_NUMBER \(deduplication \/ top-n\) added/],
  },
  {
    name: 'lookup join turned into a regular join: join type changed',
    old: job(`SELECT id, type, age FROM subscriptions usub
JOIN users FOR SYSTEM_TIME AS OF usub.proc_time AS u
  ON usub.user_id = u.user_id`),
    new: job(`SELECT id, type, age FROM subscriptions usub
LEFT JOIN users u
  ON usub.user_id = u.user_id`),
    verdict: 'unknown',
    findings: [
      /join type or keys changed: LOOKUP JOIN users ON usub.user_id = u.user_id → LEFT JOIN users ON usub.user_id = u.user_id/,
    ],
  },
  {
    // Real Flink 2.2 restored such an upgrade (the lookup join keeps no state); the join's type and keys stay.
    name: "a lookup table's catalog renamed: the joined table changed, not the join's type or keys",
    old: job(`SELECT id, type, age FROM subscriptions usub
JOIN pg.shop.\`public.users\` FOR SYSTEM_TIME AS OF usub.proc_time AS u
  ON usub.user_id = u.user_id`),
    new: job(`SELECT id, type, age FROM subscriptions usub
JOIN pgdb.shop.\`public.users\` FOR SYSTEM_TIME AS OF usub.proc_time AS u
  ON usub.user_id = u.user_id`),
    verdict: 'unknown',
    findings: [
      /^INSERT INTO report: joined table changed, with the same join type and keys: LOOKUP JOIN pg\.shop\.`public\.users` ON usub\.user_id = u\.user_id → LOOKUP JOIN pgdb\.shop\.`public\.users` ON/,
    ],
  },
  {
    name: 'join keys changed',
    old: job(`SELECT o.id, s.status FROM orders o JOIN shipments s ON o.id = s.order_id`),
    new: job(
      `SELECT o.id, s.status FROM orders o JOIN shipments s ON o.id = s.order_id AND o.region = s.region`,
    ),
    verdict: 'unknown',
    findings: [/join type or keys changed/],
  },
  {
    name: 'MATCH_RECOGNIZE and OVER added',
    old: job(FILTER),
    new: job(`SELECT log_time, log_time, COUNT(*) OVER (PARTITION BY userid ORDER BY log_time ROWS BETWEEN 10 PRECEDING AND CURRENT ROW)
FROM server_logs MATCH_RECOGNIZE (PARTITION BY userid ORDER BY log_time MEASURES A.log_time AS t PATTERN (A B) DEFINE A AS A.status_code = '500')`),
    verdict: 'unknown',
    findings: [/OVER aggregation added/, /MATCH_RECOGNIZE added/],
  },
  {
    name: 'DISTINCT removed',
    old: job(`SELECT DISTINCT client_ip, log_time, 1 FROM server_logs`),
    new: job(`SELECT client_ip, log_time, 1 FROM server_logs`),
    verdict: 'unknown',
    findings: [/stateful operator DISTINCT removed/],
  },
  {
    name: 'a source added (UNION with another table)',
    old: job(FILTER),
    new: job(`${FILTER} UNION ALL SELECT log_time, log_time, 2 FROM archived_logs`),
    verdict: 'unknown',
    findings: [/source archived_logs added/],
  },
  {
    name: 'a sink added in a statement set',
    old: job(TUMBLE_1M),
    new: `${DDL}\nEXECUTE STATEMENT SET BEGIN\nINSERT INTO report\n${TUMBLE_1M};\nINSERT INTO errors SELECT * FROM server_logs WHERE status_code = '500';\nEND;\n`,
    verdict: 'unknown',
    findings: [/sink added: INSERT INTO errors/],
  },
  {
    name: 'a projection changed in a stateless query',
    old: job(FILTER),
    new: job(FILTER.replace('1 FROM', '2 FROM')),
    verdict: 'unknown',
    findings: [
      /query changed with the same stateful operators \(operator ids follow the graph, which edits inside a filter/,
    ],
  },
  {
    // A filter where there was none can add a Calc node before the sink and move its id (real
    // Flink moved a CTAS writer's id so): the estimate says so rather than that ids usually stay.
    name: 'a WHERE added to a stateless query',
    old: job(FILTER.replace(" WHERE status_code = '200'", '')),
    new: job(FILTER),
    verdict: 'unknown',
    findings: [
      /a WHERE or HAVING added \(operator ids follow the graph: a filter added can add a step and move the ids/,
    ],
  },
  {
    name: 'a WHERE removed from a stateless query',
    old: job(FILTER),
    new: job(FILTER.replace(" WHERE status_code = '200'", '')),
    verdict: 'unknown',
    findings: [
      /a WHERE or HAVING removed \(operator ids follow the graph: a filter removed can remove a step/,
    ],
  },
  {
    name: 'a column added to a source table: unknown',
    old: job(TUMBLE_1M),
    new: job(TUMBLE_1M, DDL.replace('userid STRING,', 'userid STRING,\n    referrer STRING,')),
    verdict: 'unknown',
    findings: [/table server_logs: columns, watermark or keys changed/],
  },
  {
    name: 'stateless upgrade: nothing restored, so compatible',
    old: job(TUMBLE_1M),
    new: job(TUMBLE_1M.replace("INTERVAL '1' MINUTE", "INTERVAL '5' MINUTE")),
    strategy: 'stateless',
    verdict: 'compatible',
    findings: [/starts without state/],
  },
];

describe('compatibility of an upgrade', () => {
  it.each(cases)('$name', (c) => {
    const r = compatibility({ oldScript: c.old, newScript: c.new, strategy: c.strategy ?? 'savepoint' });
    expect(r.verdict, r.findings.join('\n')).toBe(c.verdict);
    if (c.findings) {
      if (c.findings.length === 0) expect(r.findings).toEqual([]);
      for (const f of c.findings)
        expect(
          r.findings.some((x) => f.test(x)),
          `${f} in\n${r.findings.join('\n')}`,
        ).toBe(true);
    }
    if (r.verdict === 'compatible') expect(r.advice).toEqual([]);
    else expect(r.advice.join('\n')).toMatch(/allowNonRestoredState[\s\S]*stateless[\s\S]*restoreFrom/);
  });

  it.each([
    { from: 128, to: 256, query: TUMBLE_1M, verdict: 'incompatible' },
    { from: undefined, to: 256, query: TUMBLE_1M, verdict: 'unknown' },
    { from: 128, to: 256, query: FILTER, verdict: 'compatible' },
    { from: 128, to: 128, query: TUMBLE_1M, verdict: 'compatible' },
  ] as const)('maxParallelism $from → $to with $verdict', (c) => {
    const r = compatibility({
      oldScript: job(c.query),
      newScript: job(c.query),
      strategy: 'savepoint',
      maxParallelism: { ...(c.from !== undefined ? { from: c.from } : {}), to: c.to },
    });
    expect(r.verdict, r.findings.join('\n')).toBe(c.verdict);
  });

  it('CREATE TABLE ... AS and REPLACE TABLE ... AS: the query is compared as a query, not as the table schema', () => {
    const ctas = (head: string, where: string, groupBy = 'userid') =>
      `${DDL}\n${head} per_user WITH ('connector' = 'blackhole') AS\nSELECT ${groupBy}, COUNT(*) AS n FROM server_logs ${where} GROUP BY ${groupBy};\n`;
    for (const head of ['CREATE TABLE', 'CREATE OR REPLACE TABLE', 'REPLACE TABLE']) {
      const filter = compatibility({
        oldScript: ctas(head, ''),
        newScript: ctas(head, "WHERE status_code = '200'"),
        strategy: 'savepoint',
      });
      expect(filter.findings.join('\n')).not.toMatch(/columns, watermark or keys changed/);
      // Nor does the plan name the table as a cause ("schema changed"): the script is the cause.
      expect(ddlCauses(ctas(head, ''), ctas(head, "WHERE status_code = '200'"))).toEqual([]);
      expect(filter.findings.join('\n')).toMatch(
        /TABLE per_user AS: query changed with the same stateful operators/,
      );
      const key = compatibility({
        oldScript: ctas(head, ''),
        newScript: ctas(head, '', 'client_ip'),
        strategy: 'savepoint',
      });
      expect(key.findings.join('\n')).toMatch(/TABLE per_user AS: GROUP BY keys changed: userid → client_ip/);
      // The created table's options are options, as a declared table's are.
      const options = compatibility({
        oldScript: ctas(head, ''),
        newScript: ctas(head, '').replace("'blackhole'", "'print'"),
        strategy: 'savepoint',
      });
      expect(options.verdict, options.findings.join('\n')).toBe('compatible');
    }
  });

  it('an unknown deployed script is unknown', () => {
    const r = compatibility({ newScript: job(TUMBLE_1M), strategy: 'savepoint' });
    expect(r.verdict).toBe('unknown');
    expect(r.findings).toEqual(['the script the running job was started from is not known']);
  });

  it('advice names the settings file and respects what is already set', () => {
    const r = compatibility({
      oldScript: job(FILTER),
      newScript: job(TUMBLE_1M),
      strategy: 'savepoint',
      allowNonRestoredState: true,
      restoreFrom: 's3://sp/x',
      settingsFile: 'jobs/report.yaml',
    });
    expect(r.advice).toEqual([
      'allowNonRestoredState is set: state that no longer matches an operator is dropped on restore',
      'set upgradeMode: stateless in jobs/report.yaml to start the new version without state',
    ]);
  });

  it('a stateless upgrade says where each Kafka source starts reading, since no offsets are restored', () => {
    const kafka = (mode: string | undefined, name = 'payments') =>
      `CREATE TEMPORARY TABLE \`${name}\` (id STRING) WITH ('connector' = 'kafka', 'topic' = 'pay-${name}', 'properties.group.id' = 'g1'${mode ? `, 'scan.startup.mode' = '${mode}'` : ''});\n`;
    const sink =
      "CREATE TEMPORARY TABLE `out` (id STRING) WITH ('connector' = 'kafka', 'topic' = 'out', 'sink.delivery-guarantee' = 'exactly-once');\n";
    const run = (ddl: string, query = 'INSERT INTO out SELECT id FROM payments;') =>
      compatibility({
        oldScript: `${ddl}${query}`,
        newScript: `${ddl}${query.replace(';', " WHERE id <> 'x';")}`,
        strategy: 'stateless',
      }).findings;
    const earliest = run(kafka('earliest-offset') + sink);
    expect(earliest).toHaveLength(2);
    expect(earliest[1]).toMatch(
      /^source payments \(topic pay-payments\) reads the topic from its start again .* written to the sinks again/,
    );
    expect(run(kafka('latest-offset') + sink)[1]).toMatch(/never processed/);
    expect(run(kafka(undefined) + sink)[1]).toMatch(
      /consumer group g1 last committed .* processed again \(a sink that is not exactly-once gets them twice\)/,
    );
    // Only the tables the job reads: the sink `out` is Kafka too, and says nothing.
    expect(run(kafka('earliest-offset') + kafka('latest-offset', 'unused') + sink)).toHaveLength(2);
    // Read through a view.
    expect(
      run(
        `${kafka('latest-offset') + sink}CREATE TEMPORARY VIEW v AS SELECT id FROM payments;\n`,
        'INSERT INTO out SELECT id FROM v;',
      )[1],
    ).toMatch(/never processed/);
    // A hint on the read overrides the table's option: the job starts where the hint says.
    const hinted = run(
      kafka('earliest-offset') + sink,
      "INSERT INTO out SELECT id FROM payments /*+ OPTIONS('scan.startup.mode' = 'latest-offset') */;",
    );
    expect(hinted).toHaveLength(2);
    expect(hinted[1]).toMatch(
      /^source payments .*\(scan.startup.mode: latest-offset, its OPTIONS hint\): .*never processed/,
    );
  });
  it('a stateless upgrade says where a Flink CDC source starts: a new snapshot, or only newer changes', () => {
    const cdc = (mode?: string) =>
      `CREATE TEMPORARY TABLE \`orders\` (id INT, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'postgres-cdc', 'database-name' = 'shop', 'schema-name' = 'public', 'table-name' = 'orders', 'slot.name' = 'orders_slot'${mode ? `, 'scan.startup.mode' = '${mode}'` : ''});\n` +
      "CREATE TEMPORARY TABLE `copy` (id INT, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'jdbc', 'url' = 'jdbc:postgresql://db/r', 'table-name' = 'copy');\n";
    const run = (ddl: string) =>
      compatibility({
        oldScript: `${ddl}INSERT INTO copy SELECT id FROM orders;`,
        newScript: `${ddl}INSERT INTO copy SELECT id FROM orders WHERE id > 0;`,
        strategy: 'stateless',
      }).findings;
    const initial = run(cdc());
    expect(initial).toHaveLength(2);
    expect(initial[1]).toMatch(
      /^source orders \(postgres-cdc table shop\.public\.orders\) reads a new snapshot of the table \(scan.startup.mode: initial\): .* a row deleted since the old job's last checkpoint .* an upsert sink keeps it$/,
    );
    expect(run(cdc('latest-offset'))[1]).toMatch(
      /\(scan.startup.mode: latest-offset\): changes made since the old job's last checkpoint are never processed \(replication slot orders_slot is not rewound\)$/,
    );
  });
});
