/**
 * Flink 2.1's VARIANT type and the functions that make one (PARSE_JSON, TRY_PARSE_JSON): a 2.2
 * project's DDL and queries using them validate, as Flink 2.2's parser and planner take them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadAndValidate } from '../src/validate';

const dir = mkdtempSync(join(tmpdir(), 'flinkops-variant-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a VARIANT column in table YAML and DDL, filled by PARSE_JSON and TRY_PARSE_JSON', () => {
  cpSync(join(import.meta.dirname, 'fixtures', 'repos', 'valid'), dir, { recursive: true });
  const config = join(dir, 'flinkops.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('flinkVersion: "1.20"', 'flinkVersion: "2.2"'));
  writeFileSync(
    join(dir, 'tables', 'events.sql'),
    "CREATE TABLE events (\n  id BIGINT,\n  body VARIANT,\n  tags ARRAY<VARIANT>\n) WITH ('connector' = 'blackhole');\n",
  );
  writeFileSync(
    join(dir, 'tables', 'raw_events.yaml'),
    'kind: source\nconnector: datagen\ncolumns:\n  - name: id\n    type: BIGINT\n  - name: payload\n    type: STRING\n  - name: extra\n    type: VARIANT\n',
  );
  writeFileSync(
    join(dir, 'jobs', 'parse.sql'),
    'INSERT INTO events\nSELECT id, PARSE_JSON(payload), ARRAY[TRY_PARSE_JSON(payload), extra]\nFROM raw_events;\n',
  );
  const r = loadAndValidate(dir, { envVars: {} });
  expect(r.diags.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.summary}`)).toEqual([]);
});
