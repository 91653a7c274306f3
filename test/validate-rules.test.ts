/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} is flinkops syntax, not a template literal. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatLocation } from '../src/core/diagnostics';
import { loadAndValidate } from '../src/validate';

const VALID = join(import.meta.dirname, 'fixtures/repos/valid');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The valid fixture with some files replaced; returns `severity code file:line:col` lines. */
function check(
  files: Record<string, string>,
  opts: { env?: string; envVars?: Record<string, string> } = {},
): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return loadAndValidate(dir, { envVars: {}, ...opts }).diags.map(
    (d) => `${d.severity} ${d.code} ${formatLocation(d.range)}`,
  );
}

const PROJECT =
  'project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n';

describe('validation rules', () => {
  it('warns FO115 at $KAFKA_BROKERS written without braces, not at other dollar signs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(join(dir, 'flinkops.yaml'), `${PROJECT}    variables: { KAFKA_BROKERS: k:9092 }\n`);
    writeFileSync(
      join(dir, 'tables/customers.yaml'),
      // The editor's schema line first, as README writes it: a comment, and not the only `$` looked at.
      '# yaml-language-server: $schema=../../schemas/table.schema.json\n' +
        'kind: source\nconnector: kafka\ncolumns: [{ name: id, type: BIGINT }]\nwith:\n  topic: c$x\n  format: json\n  properties.group.id: $GROUP\n  properties.bootstrap.servers: $KAFKA_BROKERS\n',
    );
    const d = loadAndValidate(dir, { envVars: {} }).diags;
    expect(d.map((x) => `${x.severity} ${x.code} ${formatLocation(x.range)}`)).toEqual([
      'warning FO115 tables/customers.yaml:9:33',
    ]);
    expect(d[0]!.detail).toContain('write ${env.KAFKA_BROKERS}');
  });

  it.each([
    ['KAFKA_BROKER', 'Did you mean ${env.KAFKA_BROKERS}, a variable of flinkops.yaml? Otherwise set'],
    [
      'kafka_brokers',
      'Did you mean ${env.KAFKA_BROKERS}, a variable of flinkops.yaml (names are case-sensitive)?',
    ],
    ['ZOOKEEPER', 'Set the environment variable ZOOKEEPER'],
  ])('an unset ${env.%s} names the variable it is close to', (name, detail) => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(join(dir, 'flinkops.yaml'), `${PROJECT}    variables: { KAFKA_BROKERS: k:9092 }\n`);
    writeFileSync(
      join(dir, 'tables/customers.yaml'),
      `kind: source\nconnector: kafka\ncolumns: [{ name: id, type: BIGINT }]\nwith:\n  topic: c\n  format: json\n  properties.bootstrap.servers: \${env.${name}}\n`,
    );
    const d = loadAndValidate(dir, { envVars: {} }).diags.filter((x) => x.code === 'FO110');
    expect(d).toHaveLength(1);
    expect(d[0]!.detail).toContain(detail);
  });

  it('an unset ${env.X} close to a name the environment sets is said with that name, not its value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(
      join(dir, 'tables/customers.yaml'),
      'kind: source\nconnector: kafka\ncolumns: [{ name: id, type: BIGINT }]\nwith:\n  topic: c\n  format: json\n  properties.bootstrap.servers: ${env.FLINKOPS_KAFKA_BROKRS}\n',
    );
    const d = loadAndValidate(dir, {
      envVars: { FLINKOPS_KAFKA_BROKERS: 'secret-host:9092', HOME: '/h' },
    }).diags;
    const fo110 = d.filter((x) => x.code === 'FO110');
    expect(fo110).toHaveLength(1);
    expect(fo110[0]!.detail).toContain(
      'Did you mean ${env.FLINKOPS_KAFKA_BROKERS}, which the environment sets? Otherwise set',
    );
    expect(JSON.stringify(d)).not.toContain('secret-host');
    // A short name is not said to mean a shell's short name two edits away (PAR is not PWD).
    writeFileSync(
      join(dir, 'tables/customers.yaml'),
      'kind: source\nconnector: kafka\ncolumns: [{ name: id, type: BIGINT }]\nwith:\n  topic: ${env.PAR}\n  format: json\n  properties.bootstrap.servers: ${env.TOPC}\n',
    );
    const short = loadAndValidate(dir, { envVars: { PWD: '/h', TOPIC: 't' } }).diags.filter(
      (x) => x.code === 'FO110',
    );
    expect(short.map((x) => x.detail.split('?')[0])).toEqual([
      expect.stringMatching(/^Set the environment variable PAR,/),
      'Did you mean ${env.TOPIC}, which the environment sets',
    ]);
  });

  it('an unset ${env.X} in a table option is no error in an environment that overrides that option', () => {
    const project =
      'project: shop\nflinkVersion: "1.20"\nenvironments:\n' +
      '  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n    variables: { BROKERS: k:9092 }\n' +
      '  staging:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n' +
      '    tables: { customers: { with: { properties.bootstrap.servers: "s:9092" } } }\n' +
      '  prod:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n' +
      '    tables: { customers: { with: { topic: p } } }\n';
    const table =
      'kind: source\nconnector: kafka\ncolumns: [{ name: id, type: BIGINT }]\nwith:\n  topic: c\n  format: json\n  properties.bootstrap.servers: ${env.BROKERS}\n';
    const d = check({ 'flinkops.yaml': project, 'tables/customers.yaml': table });
    // dev sets the variable, staging replaces the option; prod overrides another option only.
    expect(d).toEqual(['error FO110 tables/customers.yaml:7:33']);
    const dir = dirs.at(-1)!;
    const fo110 = loadAndValidate(dir, { envVars: {} }).diags.find((x) => x.code === 'FO110');
    expect(fo110?.summary).toBe('${env.BROKERS} is not set for environment prod');
  });

  it("warns FO270 at a datagen fields.<column>.* option naming no column, in the table and in an environment's override", () => {
    const project = `${PROJECT}    tables: { gen: { with: { fields.amonut.max: "5", fields.amount.min: "1" } } }\n`;
    const table =
      'kind: source\nconnector: datagen\ncolumns:\n  - { name: amount, type: INT }\ncomputed: [{ name: t, expr: PROCTIME() }]\n' +
      'with:\n  rows-per-second: "1"\n  fields.amount.max: "9"\n  fields.t.kind: random\n';
    expect(check({ 'flinkops.yaml': project, 'tables/gen.yaml': table })).toEqual([
      'warning FO270 flinkops.yaml:7:30',
      'warning FO270 tables/gen.yaml:9:3',
    ]);
    const dir = dirs.at(-1)!;
    const d = loadAndValidate(dir, { envVars: {} }).diags.filter((x) => x.code === 'FO270');
    expect(d.map((x) => x.summary)).toEqual([
      'Option "fields.amonut.max" of connector datagen names no column of the table: did you mean "fields.amount.max"?',
      'Option "fields.t.kind" of connector datagen names no column of the table',
    ]);
  });

  it('warns FO683 at a parallelism above policy.maxParallelism of an environment, where it is set', () => {
    const project =
      'project: shop\nflinkVersion: "1.20"\npolicy: { maxParallelism: { staging: 2, prod: 1 } }\nenvironments:\n' +
      '  staging:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n    jobs: { totals: { parallelism: 3 } }\n' +
      '  prod:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n';
    const d = check({ 'flinkops.yaml': project });
    const fo683 = d.filter((x) => x.includes('FO683'));
    // staging's own override (3 > 2); prod's from the job's file (2 > 1).
    expect(fo683).toEqual(['warning FO683 flinkops.yaml:8:36', 'warning FO683 jobs/totals.yaml:1:14']);
    expect(d.filter((x) => x.startsWith('error'))).toEqual([]);
  });

  it('checks environment UDF overrides: a known artifact, a jar, a checksum', () => {
    const udf = 'jar: s3://b/f.jar\nfunctions:\n  - {name: f, class: a.F}\n';
    expect(
      check({
        'udfs/fns.yaml': udf,
        'flinkops.yaml': `${PROJECT}    udfs:\n      fns: {jar: 'file://\${env.DIR}/f.jar'}\n      fnz: {jar: s3://b/g.jar}\n`,
      }),
    ).toEqual(['error FO110 flinkops.yaml:8:26', 'error FO244 flinkops.yaml:9:7']);
    expect(
      check({
        'udfs/fns.yaml': udf,
        'flinkops.yaml': `${PROJECT}    udfs:\n      fns: {jar: f.zip, sha256: nope}\n`,
      }).map((l) => l.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['error FO203', 'error FO203']);
  });

  it('checks overrides and reserved options in flinkops.yaml', () => {
    expect(
      check({
        'flinkops.yaml': `${PROJECT}    config:\n      pipeline.name: x\n      parallelism.default: 4\n    tables:\n      customers: {with: {url: x}}\n      custmers: {with: {url: x}}\n`,
      }),
    ).toEqual([
      'error FO255 flinkops.yaml:8:7',
      'warning FO256 flinkops.yaml:9:7',
      'error FO242 flinkops.yaml:12:7',
    ]);
  });

  it('reports an unknown --env with a suggestion', () => {
    expect(check({}, { env: 'deev' })).toEqual(['error FO240 flinkops.yaml:3:1']);
  });

  it('resolves ${env.X} only for the environment that needs it', () => {
    const project = `${PROJECT}  prod:\n    jobmanagerUrl: \${env.PROD_JM}\n    sqlGatewayUrl: http://b\n`;
    expect(check({ 'flinkops.yaml': project }, { env: 'dev' })).toEqual([]);
    expect(check({ 'flinkops.yaml': project })).toEqual(['error FO110 flinkops.yaml:8:20']);
    expect(check({ 'flinkops.yaml': project }, { envVars: { PROD_JM: 'http://jm' } })).toEqual([]);
  });

  it('rejects ${env.X} inside variables and malformed references', () => {
    expect(
      check({
        'flinkops.yaml': `${PROJECT}    variables:\n      A: \${env.B}\n`,
        'jobs/totals.sql':
          "INSERT INTO order_totals SELECT customer_id, amount FROM orders WHERE '${oops}' = '';\n",
      }),
    ).toEqual(['error FO112 flinkops.yaml:8:10', 'error FO111 jobs/totals.sql:1:72']);
  });

  it('a ${...} in a SQL comment is no reference and no FO111: Flink skips the comment', () => {
    // The filesystem page's partition pattern, once written with braces in a note; a hint is SQL.
    const sql =
      '-- the pattern was ${dt} ${hour}:00:00 before\nINSERT INTO order_totals /* not ${x} */\n' +
      "SELECT customer_id, amount FROM orders /*+ OPTIONS('a' = '${y}') */ // nor ${z}\n;\n";
    expect(check({ 'jobs/totals.sql': sql })).toEqual(['error FO111 jobs/totals.sql:3:59']);
  });

  it('checks table columns, lookup and options', () => {
    expect(
      check({
        'tables/order_totals.yaml':
          'kind: sink\nconnector: print\ncolumns:\n  - name: a\n    type: INT\n  - name: a\n    type: INT\nprimaryKey: [b]\nlookup:\n  cache: FULL\nwith:\n  connector: print\n',
      }),
    ).toEqual([
      'error FO252 tables/order_totals.yaml:6:11',
      'error FO251 tables/order_totals.yaml:8:14',
      'error FO253 tables/order_totals.yaml:9:1',
      'error FO254 tables/order_totals.yaml:12:3',
    ]);
  });

  it('says a jdbc dimension has no full cache: Flink caches nothing, and refuses the reload options', () => {
    const yaml = (lookup: string) =>
      `kind: dimension\nconnector: jdbc\ncolumns:\n  - name: id\n    type: INT\nwith:\n  url: jdbc:postgresql://db/x\n  table-name: t\nlookup:\n  ${lookup}\n`;
    expect(check({ 'tables/dim.yaml': yaml('cache: FULL') })).toEqual([
      'warning FO278 tables/dim.yaml:10:10',
    ]);
    expect(check({ 'tables/dim.yaml': yaml('cache: FULL\n  reloadInterval: 5min') })).toEqual([
      'error FO278 tables/dim.yaml:10:10',
    ]);
    expect(check({ 'tables/dim.yaml': yaml('cache: PARTIAL\n  maxRows: 10') })).toEqual([]);
  });

  it('warns at jdbc columns on PostgreSQL that its dialect cannot write unquoted (FO279)', () => {
    const table = (url: string) =>
      `kind: sink\nconnector: jdbc\ncolumns:\n  - name: order_id\n    type: BIGINT\n  - name: order ts\n    type: TIMESTAMP(3)\n  - name: select\n    type: STRING\n  - name: OrderNo\n    type: INT\nwith:\n  url: ${url}\n  table-name: t\n`;
    const warned = ['warning FO279 tables/out.yaml:6:11', 'warning FO279 tables/out.yaml:8:11'];
    expect(check({ 'tables/out.yaml': table('jdbc:postgresql://db:5432/x') })).toEqual(warned);
    // The url an environment gives (a variable), and MySQL, whose dialect quotes with backticks.
    const env = `${PROJECT}    variables: { DB_URL: jdbc:postgresql://db:5432/x }\n`;
    expect(check({ 'flinkops.yaml': env, 'tables/out.yaml': table('${env.DB_URL}') })).toEqual(warned);
    expect(check({ 'tables/out.yaml': table('jdbc:mysql://db:3306/x') })).toEqual([]);
  });

  it('warns at a TIMESTAMP_LTZ column of a jdbc table, which the connector cannot convert (FO738)', () => {
    const table = (connector: string, type: string) =>
      `kind: sink\nconnector: ${connector}\ncolumns:\n  - name: order_id\n    type: STRING\n  - name: updated_at\n    type: ${type}\nwith:\n  url: jdbc:postgresql://db:5432/x\n  table-name: t\n`;
    // Real 2.2.0 (JDBC 4.0.0-2.0): plan passed, the job failed as it started with
    // "UnsupportedOperationException: Unsupported type:TIMESTAMP_LTZ(3)".
    for (const ltz of ['TIMESTAMP_LTZ(3)', 'timestamp_ltz(6)', 'TIMESTAMP(3) WITH LOCAL TIME ZONE'])
      expect(check({ 'tables/out.yaml': table('jdbc', ltz) }), ltz).toEqual([
        'warning FO738 tables/out.yaml:7:11',
      ]);
    expect(check({ 'tables/out.yaml': table('jdbc', 'TIMESTAMP(3)') })).toEqual([]);
    expect(check({ 'tables/out.yaml': table('print', 'TIMESTAMP_LTZ(3)') })).toEqual([]);
    // A table written as DDL: said at the column.
    const ddl = (type: string) =>
      `CREATE TABLE out_ddl (\n  order_id STRING,\n  updated_at ${type}\n) WITH (\n  'connector' = 'jdbc',\n  'url' = 'jdbc:postgresql://db:5432/x',\n  'table-name' = 't'\n);\n`;
    expect(check({ 'tables/out_ddl.sql': ddl('TIMESTAMP_LTZ(3)') })).toEqual([
      'warning FO738 tables/out_ddl.sql:3:3',
    ]);
    expect(check({ 'tables/out_ddl.sql': ddl('TIMESTAMP(3) WITH LOCAL TIME ZONE') })).toEqual([
      'warning FO738 tables/out_ddl.sql:3:3',
    ]);
    expect(check({ 'tables/out_ddl.sql': ddl('TIMESTAMP(3)') })).toEqual([]);
  });

  it('refuses a partition key on a computed or metadata column, as Flink does', () => {
    const yaml = (key: string) =>
      `kind: sink\nconnector: filesystem\ncolumns:\n  - name: ts\n    type: TIMESTAMP(3)\n  - name: day\n    type: STRING\nmetadata:\n  - name: fsize\n    type: BIGINT\n    from: file.size\n    virtual: true\ncomputed:\n  - name: dt\n    expr: DATE_FORMAT(ts, 'yyyy-MM-dd')\npartitionedBy: [${key}]\nwith:\n  path: file:///tmp/x\n  format: json\n`;
    expect(check({ 'tables/out.yaml': yaml('dt') })).toEqual(['error FO251 tables/out.yaml:16:17']);
    expect(check({ 'tables/out.yaml': yaml('fsize') })).toEqual(['error FO251 tables/out.yaml:16:17']);
    expect(check({ 'tables/out.yaml': yaml('day') })).toEqual([]);
  });

  it('refuses an INTERVAL in milliseconds in a raw DDL, as Flink parses it, and takes seconds with a precision', () => {
    const ddl = (interval: string) =>
      `CREATE TABLE ticks (\n  ts TIMESTAMP(3),\n  WATERMARK FOR ts AS ts - INTERVAL ${interval}\n) WITH ('connector' = 'datagen');\n`;
    // Flink 2.2: Encountered "MILLISECOND" ... Was expecting one of: "DAY" ... "SECOND" ...
    expect(check({ 'tables/ticks.sql': ddl("'500' MILLISECOND") })).toEqual([
      'error FO312 tables/ticks.sql:3:43',
    ]);
    expect(check({ 'tables/ticks.sql': ddl("'0.500' SECOND") })).toEqual([]);
    expect(check({ 'tables/ticks.sql': ddl("'120' SECOND(3)") })).toEqual([]);
  });

  it('takes a watermark only on TIMESTAMP(p) or TIMESTAMP_LTZ(p) with p up to 3, in YAML as in DDL', () => {
    const yaml = (type: string) =>
      `kind: source\nconnector: datagen\ncolumns:\n  - name: ts\n    type: ${type}\nwatermark:\n  column: ts\n  delay: 5 SECOND\n`;
    for (const ok of ['TIMESTAMP(3)', 'timestamp_ltz(0)', 'TIMESTAMP(3) WITH LOCAL TIME ZONE'])
      expect(check({ 'tables/ticks.yaml': yaml(ok) }), ok).toEqual([]);
    for (const bad of ['BIGINT', 'TIMESTAMP', 'TIMESTAMP_LTZ(6)'])
      expect(check({ 'tables/ticks.yaml': yaml(bad) }), bad).toEqual(['error FO267 tables/ticks.yaml:7:11']);
    expect(
      check({
        'tables/ticks.sql':
          "CREATE TABLE ticks (\n  ts BIGINT,\n  WATERMARK FOR ts AS ts\n) WITH ('connector' = 'datagen');\n",
      }),
    ).toEqual(['error FO267 tables/ticks.sql:3:17']);
  });

  it('warns instead of failing on names a catalog may hold', () => {
    expect(
      check({
        'jobs/totals.sql':
          "CREATE CATALOG c WITH ('type' = 'generic_in_memory');\nUSE CATALOG c;\nINSERT INTO order_totals SELECT customer_id, amount FROM remote_orders;\n",
      }),
    ).toEqual(['warning FO228 jobs/totals.sql:3:13', 'warning FO221 jobs/totals.sql:3:58']);
  });

  it('reads a repository table by its qualified name where the script creates it, and not after USE moves away', () => {
    const uses = (sql: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
      dirs.push(dir);
      cpSync(VALID, dir, { recursive: true });
      writeFileSync(join(dir, 'jobs/totals.sql'), sql);
      const { value, diags } = loadAndValidate(dir, { envVars: {} });
      const job = value.jobs.find((j) => j.name === 'totals')!;
      return {
        reads: job.reads,
        diags: diags.map((d) => `${d.severity} ${d.code} ${formatLocation(d.range)}`),
      };
    };
    const catalog = "CREATE CATALOG c WITH ('type' = 'generic_in_memory');\n";
    // The compiled script creates tables/orders.yaml in default_catalog.default_database: these read it.
    for (const name of [
      'default_catalog.default_database.orders',
      '`default_catalog`.`default_database`.`orders`',
    ])
      expect(
        uses(`${catalog}USE CATALOG c;\nINSERT INTO c.db.t SELECT customer_id, amount FROM ${name};\n`),
        name,
      ).toEqual({ reads: ['orders'], diags: [] });
    expect(
      uses('INSERT INTO order_totals SELECT customer_id, amount FROM default_database.orders;\n'),
    ).toEqual({
      reads: ['orders'],
      diags: [],
    });
    expect(
      uses(
        `${catalog}USE CATALOG c;\nUSE CATALOG default_catalog;\nINSERT INTO order_totals SELECT * FROM orders;\n`,
      ),
    ).toEqual({ reads: ['orders'], diags: [] });
    // After USE, Flink looks a simple name up in that catalog: not the repository's table.
    expect(
      uses(`${catalog}USE CATALOG c;\nINSERT INTO c.db.t SELECT customer_id, amount FROM orders;\n`),
    ).toEqual({
      reads: [],
      diags: ['warning FO228 jobs/totals.sql:3:52'],
    });
    expect(uses('USE other_db;\nINSERT INTO t SELECT customer_id, amount FROM orders;\n').diags).toEqual([
      'warning FO221 jobs/totals.sql:2:13',
      'warning FO228 jobs/totals.sql:2:47',
    ]);
  });

  it('accepts tables and views created in the script and qualified names', () => {
    expect(
      check({
        'jobs/totals.sql':
          'CREATE TEMPORARY VIEW big AS SELECT * FROM orders WHERE amount > 10;\nINSERT INTO order_totals SELECT customer_id, amount FROM big UNION ALL SELECT customer_id, amount FROM cat.db.other;\n',
      }),
    ).toEqual([]);
  });

  it('checks raw views and a write to a view', () => {
    expect(
      check({
        'tables/big_orders.sql': 'CREATE VIEW big_orders AS SELECT * FROM ordrs;\n',
        'jobs/totals.sql': 'INSERT INTO big_orders SELECT * FROM orders;\n',
      }),
    ).toEqual(['error FO226 jobs/totals.sql:1:13', 'error FO220 tables/big_orders.sql:1:41']);
  });

  it('refuses a job whose BEGIN STATEMENT SET; ... END; holds no INSERT: it would write nothing', () => {
    const insert =
      'INSERT INTO order_totals SELECT customer_id, SUM(amount) FROM orders GROUP BY customer_id;\n';
    expect(check({ 'jobs/totals.sql': 'BEGIN STATEMENT SET;\nEND;\n' })).toEqual([
      'error FO316 jobs/totals.sql:1:1',
    ]);
    expect(
      check({ 'jobs/totals.sql': "SET 'a' = 'b';\n\nBEGIN STATEMENT SET;\n-- nothing yet\nEND;\n" }),
    ).toEqual(['error FO316 jobs/totals.sql:3:1']);
    expect(check({ 'jobs/totals.sql': `BEGIN STATEMENT SET;\n${insert}END;\n` })).toEqual([]);
    // Two sets, one of them empty: the empty one is the problem, not "two writes".
    expect(
      check({ 'jobs/totals.sql': `BEGIN STATEMENT SET;\n${insert}END;\nBEGIN STATEMENT SET;\nEND;\n` }),
    ).toEqual(['error FO316 jobs/totals.sql:4:1']);
  });

  it('never tells to name a table file with upper case letters, which the file rules refuse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(
      join(dir, 'tables/bids.sql'),
      "CREATE TABLE Bids (id INT) WITH ('connector' = 'datagen');\n",
    );
    writeFileSync(join(dir, 'jobs/totals.sql'), 'INSERT INTO order_totals SELECT id, id FROM Bids;\n');
    const diags = loadAndValidate(dir, { envVars: {} }).diags;
    const byCode = (code: string) => diags.find((d) => d.code === code)!;
    expect(diags.map((d) => `${d.code} ${formatLocation(d.range)}`)).toEqual([
      'FO220 jobs/totals.sql:1:45',
      'FO212 tables/bids.sql:1:14',
    ]);
    expect(byCode('FO212').detail).not.toContain('Bids.sql');
    expect(byCode('FO212').detail).toContain('rename the table to bids');
    expect(byCode('FO220').detail).not.toMatch(/tables\/Bids\./);
    expect(byCode('FO220').detail).toContain('tables/bids.yaml');
  });
});

describe('a table or view read before the statement that creates it', () => {
  it('a repository view that reads itself is FO257, not valid', () => {
    expect(check({ 'tables/loop.sql': 'CREATE VIEW loop AS SELECT * FROM loop;\n' })).toEqual([
      'error FO257 tables/loop.sql:1:1',
    ]);
  });

  it('a job reading a temporary view created further down is told to move the CREATE up', () => {
    const sql =
      'INSERT INTO order_totals SELECT customer_id, total FROM v;\n' +
      'CREATE TEMPORARY VIEW v AS SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id;\n';
    expect(check({ 'jobs/totals.sql': sql })).toEqual(['error FO220 jobs/totals.sql:1:57']);
    // In the right order it is valid.
    const [insert, view] = sql.split('\n');
    expect(check({ 'jobs/totals.sql': `${view}\n${insert}\n` })).toEqual([]);
  });
});

describe('FO205: a job that creates one table or view twice', () => {
  const table = (name: string, extra = '') =>
    `CREATE TEMPORARY TABLE ${extra}${name} (customer_id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen');\n`;
  const insert =
    'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total FROM src GROUP BY customer_id;\n';

  it('is an error at the second name, which Flink refuses in one session', () => {
    expect(check({ 'jobs/totals.sql': table('src') + table('src') + insert })).toEqual([
      'error FO205 jobs/totals.sql:2:24',
    ]);
    // A temporary view shares the temporary tables' names; a catalog table of the name is another one.
    const view = 'CREATE TEMPORARY VIEW src AS SELECT 1 AS customer_id, 2.0 AS amount;\n';
    expect(check({ 'jobs/totals.sql': table('src') + view + insert })).toEqual([
      'error FO205 jobs/totals.sql:2:23',
    ]);
  });

  it('is not said after a DROP of the name, of an IF NOT EXISTS, or in another catalog', () => {
    const drop = 'DROP TEMPORARY TABLE src;\n';
    expect(check({ 'jobs/totals.sql': table('src') + drop + table('src') + insert })).toEqual([]);
    expect(check({ 'jobs/totals.sql': table('src') + table('src', 'IF NOT EXISTS ') + insert })).toEqual([]);
    const other = "CREATE CATALOG c WITH ('type' = 'generic_in_memory');\nUSE CATALOG c;\n";
    expect(check({ 'jobs/totals.sql': table('src') + other + table('src') + insert })).not.toContain(
      'error FO205 jobs/totals.sql:4:24',
    );
  });
});

describe('FO205: what frees a name, and what OR REPLACE replaces (real Flink 2.2)', () => {
  const table = (name: string, head = 'CREATE TABLE') =>
    `${head} ${name} (customer_id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen');\n`;
  const insert =
    'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total FROM src GROUP BY customer_id;\n';

  it('is not said after ALTER TABLE|VIEW ... RENAME TO, which frees the name', () => {
    expect(
      check({
        'jobs/totals.sql': `${table('src')}ALTER TABLE src RENAME TO src_old;\n${table('src')}${insert}`,
      }),
    ).toEqual([]);
    const view = 'CREATE VIEW v AS SELECT 1 AS x;\n';
    expect(
      check({ 'jobs/totals.sql': `${view}ALTER VIEW v RENAME TO v_old;\n${view}${table('src')}${insert}` }),
    ).toEqual([]);
    // Renaming a column keeps the table: its second CREATE is refused.
    expect(
      check({
        'jobs/totals.sql': `${table('src')}ALTER TABLE src RENAME amount TO total;\n${table('src')}${insert}`,
      }),
    ).toContain('error FO205 jobs/totals.sql:3:14');
  });

  it('is said of a CREATE of the name a RENAME TO gave, and after a DROP of the other kind', () => {
    const renamed = check({
      'jobs/totals.sql': `${table('a')}ALTER TABLE a RENAME TO src;\n${table('src')}${insert}`,
    });
    expect(renamed).toEqual(['error FO205 jobs/totals.sql:3:14']);
    // Flink's DROP VIEW leaves a table of the name (CatalogManager's filter on the kind), and DROP TABLE a view.
    expect(
      check({ 'jobs/totals.sql': `${table('src')}DROP VIEW IF EXISTS src;\n${table('src')}${insert}` }),
    ).toEqual(['error FO205 jobs/totals.sql:3:14']);
    const view = 'CREATE TEMPORARY VIEW v AS SELECT 1 AS x;\n';
    expect(
      check({
        'jobs/totals.sql': `${view}DROP TEMPORARY TABLE IF EXISTS v;\n${view}${table('src')}${insert}`,
      }).filter((d) => d.includes('FO205')),
    ).toEqual(['error FO205 jobs/totals.sql:3:23']);
    expect(
      check({
        'jobs/totals.sql': `${view}DROP TEMPORARY VIEW v;\n${view}${table('src')}${insert}`,
      }).filter((d) => d.includes('FO205')),
    ).toEqual([]);
  });

  it('is not said after a DROP of the qualified name', () => {
    for (const name of ['default_catalog.default_database.src', 'default_database.src'])
      expect(
        check({ 'jobs/totals.sql': `${table('src')}DROP TABLE ${name};\n${table('src')}${insert}` }),
      ).toEqual([]);
  });

  it('takes CREATE OR REPLACE TABLE ... AS with comments anywhere in its words', () => {
    const rtas =
      "/* again */ CREATE /* x */ OR REPLACE TABLE src WITH ('connector' = 'blackhole') AS SELECT customer_id, amount FROM orders;\n";
    // (Its INSERT makes the script two jobs, FO232: not this rule's.)
    expect(
      check({ 'jobs/totals.sql': `${table('src')}${rtas}${insert}` }).filter((d) => d.includes('FO205')),
    ).toEqual([]);
  });

  it('is said of CREATE OR REPLACE TABLE without AS and of CREATE OR REPLACE VIEW: Flink drops OR REPLACE there', () => {
    expect(
      check({ 'jobs/totals.sql': table('src') + table('src', 'CREATE OR REPLACE TABLE') + insert }),
    ).toEqual(['error FO205 jobs/totals.sql:2:25']);
    const view = (head: string) => `${head} VIEW v AS SELECT 1 AS x;\n`;
    expect(
      check({
        'jobs/totals.sql':
          view('CREATE TEMPORARY') + view('CREATE OR REPLACE TEMPORARY') + table('src') + insert,
      }),
    ).toEqual(['error FO205 jobs/totals.sql:2:34']);
  });
});

describe('FO227: a job that creates a table tables/ defines', () => {
  it('warns at the name that the repository table never reaches the job', () => {
    const sql =
      "CREATE TEMPORARY TABLE orders (customer_id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen');\n" +
      'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id;\n';
    expect(check({ 'jobs/totals.sql': sql })).toEqual(['warning FO227 jobs/totals.sql:1:24']);
    // Another name, or after a switch to another catalog, shadows nothing.
    expect(check({ 'jobs/totals.sql': sql.replaceAll('orders', 'my_orders') })).toEqual([]);
    expect(
      check({
        'jobs/totals.sql': `CREATE CATALOG c WITH ('type' = 'generic_in_memory');\nUSE CATALOG c;\n${sql}`,
      }),
    ).not.toContain('warning FO227 jobs/totals.sql:3:24');
  });

  it('warns at a CREATE TABLE ... AS SELECT of the name too: the job writes its own table, not the repository one', () => {
    const ctas =
      "CREATE TABLE order_totals WITH ('connector' = 'blackhole') AS\n" +
      'SELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id;\n';
    expect(check({ 'jobs/totals.sql': ctas })).toEqual(['warning FO227 jobs/totals.sql:1:14']);
  });
});

describe('statement sets', () => {
  it('a CREATE TABLE ... AS inside BEGIN STATEMENT SET; is FO317: the set is submitted as one EXECUTE STATEMENT SET', () => {
    // Flink's statement_set.q: the SQL client (and the 2.2 gateway) run a CTAS in the set as part of
    // the same job; EXECUTE STATEMENT SET BEGIN refuses it ("Encountered CREATE"), and apply used to
    // submit the CTAS as the job and leave the INSERT out.
    const set =
      'BEGIN STATEMENT SET;\n' +
      "CREATE TABLE copy WITH ('connector' = 'blackhole') AS SELECT customer_id, amount FROM orders;\n" +
      'INSERT INTO order_totals SELECT customer_id, amount FROM orders;\nEND;\n';
    expect(check({ 'jobs/totals.sql': set })).toEqual(['error FO317 jobs/totals.sql:2:1']);
    // The same table declared before the set and written by an INSERT in it is a statement set as flinkops runs it.
    const declared =
      "CREATE TEMPORARY TABLE copy (customer_id BIGINT, amount DECIMAL(10, 2)) WITH ('connector' = 'blackhole');\n" +
      'BEGIN STATEMENT SET;\nINSERT INTO copy SELECT customer_id, amount FROM orders;\n' +
      'INSERT INTO order_totals SELECT customer_id, amount FROM orders;\nEND;\n';
    expect(check({ 'jobs/totals.sql': declared })).toEqual([]);
  });

  it('anything but an INSERT inside BEGIN STATEMENT SET; is FO317, as the SQL Gateway refuses it there', () => {
    // Flink's begin_statement_set.q, confirmed on the 2.2 gateway: CREATE TABLE, SET and a second
    // BEGIN STATEMENT SET in an open set fail with "Only 'INSERT/CREATE TABLE AS' statement is allowed
    // in Statement Set". Apply used to run them on their own (a CREATE TABLE made a permanent catalog
    // table), and a second BEGIN dropped the INSERTs before it from the job.
    const insert = 'INSERT INTO order_totals SELECT customer_id, amount FROM orders;\n';
    const within = (stmt: string) => `BEGIN STATEMENT SET;\n${stmt}\n${insert}END;\n`;
    expect(
      check({ 'jobs/totals.sql': within("CREATE TABLE src (id INT) WITH ('connector' = 'datagen');") }),
    ).toEqual(['error FO317 jobs/totals.sql:2:1']);
    expect(check({ 'jobs/totals.sql': within("SET 'table.exec.state.ttl' = '1 h';") })).toEqual([
      'error FO317 jobs/totals.sql:2:1',
    ]);
    expect(check({ 'jobs/totals.sql': within('CREATE TEMPORARY VIEW v AS SELECT * FROM orders;') })).toEqual([
      'error FO317 jobs/totals.sql:2:1',
    ]);
    expect(check({ 'jobs/totals.sql': `BEGIN STATEMENT SET;\n${insert}${within('')}` })).toEqual([
      'error FO317 jobs/totals.sql:3:1',
      'warning FO331 jobs/totals.sql:3:1',
    ]);
    // BEGIN written twice: the set is not empty (its INSERTs follow the second BEGIN).
    expect(check({ 'jobs/totals.sql': `BEGIN STATEMENT SET;\n${within('')}` })).toEqual([
      'error FO317 jobs/totals.sql:2:1',
      'warning FO331 jobs/totals.sql:2:1',
    ]);
    // Before the set, the same statements are the job's own.
    expect(check({ 'jobs/totals.sql': `SET 'table.exec.state.ttl' = '1 h';\n${within('')}` })).toEqual([]);
  });

  it('an EXECUTE INSERT inside BEGIN STATEMENT SET; is FO317 that says to drop EXECUTE, not that Flink refuses it', () => {
    // Flink's gateway converts EXECUTE INSERT to the INSERT it wraps and adds it to the open set
    // (2.2.0 and 1.20.3: one job, both sinks), but EXECUTE STATEMENT SET BEGIN, the one statement
    // flinkops submits the set as, takes INSERT only: 2.2.0 fails it with Encountered "EXECUTE".
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(
      join(dir, 'jobs/totals.sql'),
      'BEGIN STATEMENT SET;\nEXECUTE INSERT INTO order_totals SELECT customer_id, amount FROM orders;\nEND;\n',
    );
    const diags = loadAndValidate(dir, { envVars: {} }).diags;
    expect(diags.map((d) => `${d.severity} ${d.code} ${formatLocation(d.range)}`)).toEqual([
      'error FO317 jobs/totals.sql:2:1',
    ]);
    const [d] = diags;
    expect(d!.summary).not.toContain('Flink takes only INSERT');
    expect(d!.summary).toContain('EXECUTE INSERT');
    expect(d!.detail).toContain('without EXECUTE');
    expect(d!.detail).toContain('EXECUTE STATEMENT SET');
  });

  it('an END; without BEGIN STATEMENT SET; in a job is an FO330 error, as the SQL Gateway refuses it', () => {
    // Flink's begin_statement_set.q, confirmed on the 2.2 gateway: "No Statement Set to submit. 'END'
    // statement should be used after 'BEGIN STATEMENT SET'". Plan passed with a warning, and apply
    // failed (FO707) at the END; before the INSERT.
    const insert = 'INSERT INTO order_totals SELECT customer_id, amount FROM orders;\n';
    expect(check({ 'jobs/totals.sql': `END;\n${insert}` })).toEqual(['error FO330 jobs/totals.sql:1:1']);
    expect(check({ 'jobs/totals.sql': `${insert}END;\n` })).toEqual(['error FO330 jobs/totals.sql:2:1']);
    expect(check({ 'jobs/totals.sql': `BEGIN STATEMENT SET;\n${insert}END;\n` })).toEqual([]);
  });
});

describe('SET in a job', () => {
  it('a table.sql-dialect Flink has no dialect for is FO264, as the gateway refuses the SET', () => {
    // Flink's set.q (the 2.2 gateway): "No enum constant org.apache.flink.table.api.SqlDialect.UNKNOWN".
    const insert = 'INSERT INTO order_totals SELECT customer_id, amount FROM orders;\n';
    expect(check({ 'jobs/totals.sql': `SET 'table.sql-dialect' = 'unknown';\n${insert}` })).toEqual([
      'error FO264 jobs/totals.sql:1:1',
    ]);
    // Flink reads the name without case.
    expect(check({ 'jobs/totals.sql': `SET 'table.sql-dialect' = 'default';\n${insert}` })).toEqual([]);
  });
});

describe('connectors that work one way only', () => {
  it('reading a blackhole or print table, or writing a datagen one, is an error as Flink says', () => {
    const sink = (connector: string) =>
      `kind: sink\nconnector: ${connector}\ncolumns:\n  - {name: customer_id, type: BIGINT}\n  - {name: total, type: DOUBLE}\n`;
    const reads = 'INSERT INTO order_totals\nSELECT customer_id, total FROM copy;\n';
    expect(check({ 'tables/copy.yaml': sink('blackhole'), 'jobs/totals.sql': reads })).toEqual([
      'error FO223 jobs/totals.sql:2:32',
    ]);
    // Raw DDL has no kind: the connector alone says it.
    expect(
      check({
        'tables/copy.sql':
          "CREATE TABLE copy (customer_id BIGINT, total DOUBLE) WITH ('connector' = 'print');\n",
        'jobs/totals.sql': reads,
      }),
    ).toEqual(['error FO223 jobs/totals.sql:2:32']);
    expect(
      check({
        'tables/gen.sql':
          "CREATE TABLE gen (customer_id BIGINT, total DOUBLE) WITH ('connector' = 'datagen');\n",
        'jobs/totals.sql':
          'INSERT INTO gen\nSELECT customer_id, SUM(amount) FROM orders GROUP BY customer_id;\n',
      }),
    ).toEqual(['error FO222 jobs/totals.sql:1:13']);
    // A sink of a connector that reads both ways stays a warning.
    expect(
      check({
        'tables/copy.yaml': sink('filesystem\nwith: {path: /tmp/x, format: csv}'),
        'jobs/totals.sql': reads,
      }),
    ).toEqual(['warning FO223 jobs/totals.sql:2:32']);
  });

  it('a table a job copies with LIKE is not read: no FO223 for a print or blackhole source of LIKE', () => {
    // Flink's datagen page: a bounded mock table shaped like another table. Flink 2.2's planner
    // takes it with the print table as the LIKE source; only its definition is copied.
    const mock =
      "CREATE TEMPORARY TABLE mock_totals\nWITH ('connector' = 'datagen', 'number-of-rows' = '10')\n" +
      'LIKE order_totals (EXCLUDING ALL);\n\nINSERT INTO order_totals SELECT * FROM mock_totals;\n';
    expect(check({ 'jobs/totals.sql': mock })).toEqual([]);
    // Reading the print table itself is still refused, and a LIKE of an undefined table is still unknown.
    expect(
      check({ 'jobs/totals.sql': `${mock}INSERT INTO order_totals SELECT * FROM order_totals;\n` }),
    ).toContain('error FO223 jobs/totals.sql:6:40');
    expect(check({ 'jobs/totals.sql': mock.replace('LIKE order_totals', 'LIKE order_totalz') })).toContain(
      'error FO220 jobs/totals.sql:3:6',
    );
  });
});

describe('FO264: option values Flink cannot parse', () => {
  const insert =
    'INSERT INTO order_totals\nSELECT customer_id, SUM(amount) AS total FROM orders GROUP BY customer_id;\n';

  it('in a script SET, as Flink refuses the job (Failed to set key parallelism.default with value x)', () => {
    expect(check({ 'jobs/totals.sql': `SET 'parallelism.default' = 'x';\n${insert}` })).toEqual([
      'error FO264 jobs/totals.sql:1:1',
    ]);
    expect(check({ 'jobs/totals.sql': `SET 'table.exec.state.ttl' = 'one day';\n${insert}` })).toEqual([
      'error FO264 jobs/totals.sql:1:1',
    ]);
    expect(
      check({
        'jobs/totals.sql': `SET 'pipeline.max-parallelism' = '256';\nSET 'table.exec.state.ttl' = '1 d';\n${insert}`,
      }),
    ).toEqual([]);
  });

  it('in a job config, for whole-number options as for durations', () => {
    expect(
      check({
        'jobs/totals.yaml':
          'config:\n  pipeline.max-parallelism: two\n  execution.checkpointing.tolerable-failed-checkpoints: 1.5\n',
      }),
    ).toEqual(['error FO264 jobs/totals.yaml:2:29', 'error FO264 jobs/totals.yaml:3:57']);
  });
});

describe('a ${env.X} where a number belongs', () => {
  it('says a reference cannot give a number, not only that the value is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(join(dir, 'jobs/totals.yaml'), 'parallelism: ${env.PAR}\n');
    const diags = loadAndValidate(dir, { envVars: { PAR: '2' } }).diags;
    expect(diags.map((d) => `${d.code} ${formatLocation(d.range)} ${d.summary}`)).toEqual([
      'FO201 jobs/totals.yaml:1:14 parallelism must be a whole number, and cannot come from ${env.PAR}',
    ]);
    expect(diags[0]!.detail).toContain(
      'Write the value itself. To vary it per environment, set it under environments.<env>',
    );
  });
  it('says nothing of the variable being unset: setting it would not help', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(join(dir, 'jobs/totals.yaml'), 'parallelism: ${env.PAR}\n');
    const diags = loadAndValidate(dir, { envVars: {} }).diags;
    expect(diags.map((d) => `${d.code} ${formatLocation(d.range)}`)).toEqual(['FO201 jobs/totals.yaml:1:14']);
  });
});

describe('DISTRIBUTED BY into a sink without bucketing (FO235)', () => {
  // Real Flink 2.2.0 (SQL Gateway, EXPLAIN INSERT / EXPLAIN CREATE TABLE ... AS) refuses every one
  // of blackhole, print, filesystem, kafka, upsert-kafka and jdbc: "Table '...' is distributed into
  // buckets, but the underlying DynamicTableSink doesn't implement the SupportsBucketing interface."
  const insert = 'INSERT INTO dist\nSELECT customer_id, amount FROM orders;\n';
  const table = (clause: string, connector = "'connector' = 'blackhole'") =>
    `CREATE TABLE dist (customer_id BIGINT, total DECIMAL(10, 2))\n${clause}\nWITH (${connector});\n`;

  it('a repository table declared DISTRIBUTED that a job writes: at the write, naming the table file', () => {
    const files = {
      'tables/dist.sql': table('DISTRIBUTED BY HASH(customer_id) INTO 4 BUCKETS'),
      'jobs/totals.sql': insert,
    };
    expect(check(files)).toEqual(['error FO235 jobs/totals.sql:1:13']);
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-rules-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    for (const [p, t] of Object.entries(files)) writeFileSync(join(dir, p), t);
    const [d] = loadAndValidate(dir, { envVars: {} }).diags;
    expect(d!.summary).toBe(
      'Job totals writes table "dist", declared DISTRIBUTED BY HASH(customer_id) INTO 4 BUCKETS, which the blackhole connector cannot write',
    );
    expect(d!.detail).toContain('SupportsBucketing');
    expect(d!.detail).toContain('from tables/dist.sql');
  });

  it.each([
    ['DISTRIBUTED INTO 3 BUCKETS', "'connector' = 'print'"],
    ['DISTRIBUTED BY (customer_id)', "'connector' = 'filesystem', 'path' = '/tmp/x', 'format' = 'csv'"],
    [
      'DISTRIBUTED BY HASH(customer_id) INTO 2 BUCKETS',
      "'connector' = 'kafka', 'topic' = 't', 'properties.bootstrap.servers' = 'k:9092', 'format' = 'json'",
    ],
    [
      'DISTRIBUTED BY RANGE(customer_id)',
      "'connector' = 'jdbc', 'url' = 'jdbc:postgresql://db:5432/x', 'table-name' = 't'",
    ],
  ])('%s on %s', (clause, connector) => {
    expect(check({ 'tables/dist.sql': table(clause, connector), 'jobs/totals.sql': insert })).toEqual([
      'error FO235 jobs/totals.sql:1:13',
    ]);
  });

  it('no error for a table only read, one without the clause, or a connector that may bucket', () => {
    // Read only: a source's distribution is not refused (real 2.2: EXPLAIN SELECT of it runs).
    const src =
      "CREATE TABLE dsrc (customer_id BIGINT, amount DECIMAL(10, 2))\nDISTRIBUTED INTO 2 BUCKETS\nWITH ('connector' = 'datagen');\n";
    expect(
      check({
        'tables/dsrc.sql': src,
        'jobs/totals.sql': 'INSERT INTO order_totals\nSELECT customer_id, amount FROM dsrc;\n',
      }),
    ).toEqual([]);
    expect(check({ 'tables/dist.sql': table(''), 'jobs/totals.sql': insert })).toEqual([]);
    // Paimon, or a team's own connector: it may implement SupportsBucketing.
    expect(
      check({
        'tables/dist.sql': table('DISTRIBUTED INTO 4 BUCKETS', "'connector' = 'paimon'"),
        'jobs/totals.sql': insert,
      }),
    ).toEqual([]);
  });

  it("a script's own table: at DISTRIBUTED, for a CTAS and for a CREATE TABLE an INSERT below writes", () => {
    const ctas =
      "CREATE TABLE c DISTRIBUTED BY HASH(customer_id) INTO 3 BUCKETS WITH ('connector' = 'blackhole')\nAS SELECT customer_id, amount FROM orders;\n";
    expect(check({ 'jobs/totals.sql': ctas })).toEqual(['error FO235 jobs/totals.sql:1:16']);
    const own =
      "CREATE TEMPORARY TABLE o (customer_id BIGINT, amount DECIMAL(10, 2))\n  DISTRIBUTED INTO 2 BUCKETS WITH ('connector' = 'print');\nINSERT INTO o SELECT customer_id, amount FROM orders;\n";
    expect(check({ 'jobs/totals.sql': own })).toEqual(['error FO235 jobs/totals.sql:2:3']);
    // Created but not written: nothing to refuse.
    expect(check({ 'jobs/totals.sql': own.replace('INSERT INTO o', 'INSERT INTO order_totals') })).toEqual(
      [],
    );
  });
});
