/**
 * What of a job's script a plan may run in a throwaway SQL Gateway session. Real Flink 1.20.3: a
 * session's plain CREATE TABLE and CREATE CATALOG are seen by no other session (the gateway's
 * default catalog store, generic_in_memory, is one a session), so a SQL client script runs in the
 * probe; what a catalog the script creates keeps (its own system), or a gateway whose store keeps
 * catalogs, is never written by a plan.
 */
import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../src/sql';
import {
  type CatalogStore,
  catalogStoreOf,
  LASTING_STORE,
  lastingStatement,
  perSessionStore,
} from '../src/sql/probe-scope';

const DEFAULT = catalogStoreOf({});
const lasting = (script: string, store: CatalogStore = DEFAULT, ctas = false) =>
  lastingStatement(analyzeScript(script, 'jobs/j.sql').statements, ctas, store)?.text;

const TABLES =
  "CREATE TABLE src (id INT) WITH ('connector' = 'datagen');\nCREATE TABLE snk (id INT) WITH ('connector' = 'blackhole');\n";
const INSERT = 'INSERT INTO snk SELECT id FROM src;\n';

describe('the catalog store of a gateway session', () => {
  it("is the session's own unless its configuration names a store that keeps catalogs", () => {
    expect(catalogStoreOf({})).toEqual({ perSession: true, builtinCatalog: 'default_catalog' });
    expect(catalogStoreOf({ 'table.catalog-store.kind': 'generic_in_memory' }).perSession).toBe(true);
    expect(catalogStoreOf({ 'table.catalog-store.kind': 'file' }).perSession).toBe(false);
    expect(catalogStoreOf({ 'table.builtin-catalog-name': 'mine' }).builtinCatalog).toBe('mine');
  });
});

describe('what outlives a probe session', () => {
  it("nothing of a SQL client script in the built-in catalog, with Flink's default store", () => {
    const script = `${TABLES}CREATE VIEW v AS SELECT id FROM src;\nCREATE FUNCTION f AS 'com.acme.F';\nCREATE DATABASE scratch;\nCREATE TABLE scratch.t (id INT) WITH ('connector' = 'blackhole');\nDROP TABLE IF EXISTS old;\nALTER TABLE snk SET ('sink.parallelism' = '2');\n${INSERT}`;
    expect(lasting(script)).toBeUndefined();
    // A store that keeps catalogs: the first table of the built-in catalog is not the session's.
    expect(lasting(script, LASTING_STORE)).toMatch(/^CREATE TABLE src/);
  });

  it('a CREATE CATALOG only where the store keeps catalogs; a DROP CATALOG likewise', () => {
    const script = `CREATE CATALOG mem WITH ('type' = 'generic_in_memory');\n${TABLES}DROP CATALOG IF EXISTS old;\n${INSERT}`;
    expect(lasting(script)).toBeUndefined();
    expect(lasting(script, catalogStoreOf({ 'table.catalog-store.kind': 'file' }))).toMatch(
      /^CREATE CATALOG mem/,
    );
  });

  it('what a script creates in a catalog it switched to or names: that catalog keeps it', () => {
    const lake = "CREATE CATALOG lake WITH ('type' = 'paimon', 'warehouse' = 'file:/tmp/w');\n";
    expect(lasting(`${lake}USE CATALOG lake;\nCREATE DATABASE IF NOT EXISTS db;\n${INSERT}`)).toBe(
      'CREATE DATABASE IF NOT EXISTS db',
    );
    expect(lasting(`${lake}CREATE TABLE lake.db.t (id INT);\n${INSERT}`)).toBe(
      'CREATE TABLE lake.db.t (id INT)',
    );
    expect(lasting(`${lake}USE lake.db;\nCREATE VIEW v AS SELECT 1;\n${INSERT}`)).toBe(
      'CREATE VIEW v AS SELECT 1',
    );
    expect(lasting(`${lake}DROP TABLE lake.db.t;\n${INSERT}`)).toBe('DROP TABLE lake.db.t');
    expect(lasting(`${lake}CREATE DATABASE lake.db;\n${INSERT}`)).toBe('CREATE DATABASE lake.db');
    // Back in the built-in catalog, or naming it, a table is the session's again.
    expect(
      lasting(`${lake}USE CATALOG lake;\nUSE CATALOG default_catalog;\n${TABLES}${INSERT}`),
    ).toBeUndefined();
    expect(
      lasting(
        `${lake}USE CATALOG lake;\nCREATE TABLE default_catalog.default_database.t (id INT);\n${INSERT}`,
      ),
    ).toBeUndefined();
  });

  it('a temporary object anywhere is the session’s, whatever the store', () => {
    const script =
      "CREATE TEMPORARY TABLE lake.db.t (id INT) WITH ('connector' = 'datagen');\nDROP TEMPORARY VIEW IF EXISTS v;\nDROP TEMPORARY SYSTEM FUNCTION IF EXISTS f;\n" +
      INSERT;
    expect(lasting(script, LASTING_STORE)).toBeUndefined();
  });

  it("a CREATE TEMPORARY CATALOG or DATABASE is not temporary: Flink's parser takes the word and ignores it", () => {
    // parserImpls.ftl: SqlCreateExtended reads [TEMPORARY] and passes it to neither SqlCreateCatalog
    // nor SqlCreateDatabase, so the catalog lands in a store that keeps catalogs.
    const file = catalogStoreOf({ 'table.catalog-store.kind': 'file' });
    expect(
      lasting(`CREATE TEMPORARY CATALOG mem WITH ('type' = 'generic_in_memory');\n${INSERT}`, file),
    ).toMatch(/^CREATE TEMPORARY CATALOG mem/);
    expect(lasting(`CREATE OR REPLACE TEMPORARY DATABASE d;\n${INSERT}`, LASTING_STORE)).toBe(
      'CREATE OR REPLACE TEMPORARY DATABASE d',
    );
    expect(lasting(`DROP TEMPORARY DATABASE IF EXISTS d;\n${INSERT}`, LASTING_STORE)).toBe(
      'DROP TEMPORARY DATABASE IF EXISTS d',
    );
    // With the default store both are the session's own.
    expect(lasting(`CREATE TEMPORARY DATABASE d;\nDROP TEMPORARY DATABASE d;\n${INSERT}`)).toBeUndefined();
  });

  it('a built-in catalog of another name is followed', () => {
    const mine: CatalogStore = { perSession: true, builtinCatalog: 'mine' };
    expect(lasting(`CREATE TABLE default_catalog.db.t (id INT);\n${INSERT}`, mine)).toBe(
      'CREATE TABLE default_catalog.db.t (id INT)',
    );
    expect(lasting(`CREATE TABLE mine.db.t (id INT);\n${INSERT}`, mine)).toBeUndefined();
  });

  it('what writes data or starts a job outlives it in any store: a CTAS a gateway cannot EXPLAIN, a DELETE, a CALL', () => {
    const ctas = "CREATE TABLE t WITH ('connector' = 'blackhole') AS SELECT 1 AS x;\n";
    expect(lasting(ctas, perSessionStore())).toMatch(/^CREATE TABLE t WITH/);
    expect(lasting(ctas, perSessionStore(), true)).toBeUndefined();
    expect(lasting(`${TABLES}DELETE FROM snk WHERE id = 1;\n${INSERT}`)).toBe('DELETE FROM snk WHERE id = 1');
    expect(lasting("CALL sys.compact('db.t');\n")).toBe("CALL sys.compact('db.t')");
  });
});
