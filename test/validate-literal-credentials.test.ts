/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${secret.X} is flinkops syntax, not a template literal. */
/**
 * FO248: a credential written as a literal value (a JDBC catalog's or table's `password`, a
 * token in `config:`) reaches compiled scripts, plans and the state store as it is written.
 */
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

function fo682(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'flinkops-literal-credentials-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return loadAndValidate(dir, { envVars: { DB_PW: 'x' } })
    .diags.filter((d) => d.code === 'FO248')
    .map((d) => `${d.severity} ${formatLocation(d.range)} ${d.summary}`);
}

const CUSTOMERS =
  'kind: dimension\nconnector: jdbc\ncolumns: [{ name: customer_id, type: BIGINT, nullable: false }]\nprimaryKey: [customer_id]\nwith:\n  url: jdbc:postgresql://db:5432/shop\n  table-name: customers\n  username: reader\n';

describe('credentials written as literal values (FO248)', () => {
  it('warns at a CREATE CATALOG password in a job script, not at its other options', () => {
    const job =
      "CREATE CATALOG pg WITH (\n  'type' = 'jdbc',\n  'default-database' = 'shop',\n  'username' = 'reader',\n  'password' = 'hunter2',\n  'base-url' = 'jdbc:postgresql://db:5432'\n);\n" +
      'INSERT INTO order_totals SELECT customer_id, SUM(amount) FROM orders GROUP BY customer_id;\n';
    expect(fo682({ 'jobs/totals.sql': job })).toEqual([
      'warning jobs/totals.sql:5:16 "password" is a credential written as a literal value',
    ]);
  });

  it("warns at a table's with: password and an environment's override, not at ${secret.X} or ${env.X}", () => {
    const project =
      'project: shop\nflinkVersion: "1.20"\nenvironments:\n  dev:\n    jobmanagerUrl: http://a\n    sqlGatewayUrl: http://b\n    auth: { token: cluster-token }\n    tables:\n      customers:\n        with:\n          password: dev-pw\n  prod:\n    jobmanagerUrl: http://c\n    sqlGatewayUrl: http://d\n    tables:\n      customers:\n        with:\n          password: ${env.DB_PW}\n';
    expect(
      fo682({ 'flinkops.yaml': project, 'tables/customers.yaml': `${CUSTOMERS}  password: "s3cret"\n` }),
    ).toEqual([
      'warning flinkops.yaml:11:21 "password" is a credential written as a literal value',
      'warning tables/customers.yaml:9:13 "password" is a credential written as a literal value',
    ]);
    expect(fo682({ 'tables/customers.yaml': `${CUSTOMERS}  password: \${secret.DB_PW}\n` })).toEqual([]);
  });

  it('warns at a raw DDL password and a SET of a token, in job config: too', () => {
    const ddl =
      "CREATE TABLE customers (customer_id BIGINT NOT NULL, PRIMARY KEY (customer_id) NOT ENFORCED) WITH (\n  'connector' = 'jdbc', 'url' = 'jdbc:postgresql://db:5432/shop', 'table-name' = 'c',\n  'username' = 'shop', 'password' = 'pw'\n);\n";
    const job =
      "SET 'fs.s3a.secret.key' = 'abc';\nINSERT INTO order_totals SELECT customer_id, SUM(amount) FROM orders GROUP BY customer_id;\n";
    expect(
      fo682({
        'tables/customers.yaml': '',
        'tables/customers.sql': ddl,
        'jobs/totals.sql': job,
        'jobs/totals.yaml': 'config:\n  fs.s3a.access-key: AKIA\n  pipeline.max-parallelism: 8\n',
      }).sort(),
    ).toEqual([
      'warning jobs/totals.sql:1:27 "fs.s3a.secret.key" is a credential written as a literal value',
      'warning jobs/totals.yaml:2:22 "fs.s3a.access-key" is a credential written as a literal value',
      'warning tables/customers.sql:3:37 "password" is a credential written as a literal value',
    ]);
  });
});

describe("the cluster's credentials written as literal values (FO285)", () => {
  function fo285(project: string): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'flinkops-literal-auth-'));
    dirs.push(dir);
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(join(dir, 'flinkops.yaml'), project);
    const diags = loadAndValidate(dir, { envVars: { FLINK_PW: 'x', GW_URL: 'http://gw' } }).diags;
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
    return diags.filter((d) => d.code === 'FO285').map((d) => `${formatLocation(d.range)} ${d.summary}`);
  }
  const env = (name: string, rest: string) =>
    `  ${name}:\n    jobmanagerUrl: http://jm\n    sqlGatewayUrl: http://gw\n${rest}`;

  it('warns at a literal token, password, credential header and URL password, at each value', () => {
    const project =
      'project: shop\nflinkVersion: "1.20"\nenvironments:\n' +
      env('dev', '    auth: { token: cluster-token }\n') +
      env(
        'qa',
        '    auth:\n      username: ops\n      password: hunter22\n      headers: { Authorization: Basic b3BzOmh1bnRlcjIy, X-Team: shop }\n',
      ) +
      '  prod:\n    jobmanagerUrl: https://ops:pa%20ss@jm.example\n    sqlGatewayUrl: http://gw\n';
    expect(fo285(project)).toEqual([
      "flinkops.yaml:7:20 environments.dev.auth.token is the cluster's credential written as a literal value",
      "flinkops.yaml:13:17 environments.qa.auth.password is the cluster's credential written as a literal value",
      "flinkops.yaml:14:33 environments.qa.auth.headers.Authorization is the cluster's credential written as a literal value",
      "flinkops.yaml:16:20 environments.prod.jobmanagerUrl is the cluster's credential written as a literal value",
    ]);
  });

  it('says nothing of ${secret.X}, ${env.X}, a user name alone or a header that holds no credential', () => {
    const project =
      'project: shop\nflinkVersion: "1.20"\nenvironments:\n' +
      env('dev', '    auth: { token: "${secret.FLINK_TOKEN}", headers: { X-Team: shop } }\n') +
      env('qa', '    auth: { username: ops, password: "${env.FLINK_PW}" }\n') +
      '  prod:\n    jobmanagerUrl: https://ops@jm.example\n    sqlGatewayUrl: ${env.GW_URL}\n';
    expect(fo285(project)).toEqual([]);
  });
});
