/**
 * Runs one SQL statement in a gateway session the way Flink's OperationExecutor
 * does: SET/RESET in the session config, DDL into the catalogs, INSERT and
 * statement sets into jobs, and Flink-worded failures for unknown objects.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineIndex } from '../core/text';
import { analyzeScript, SQL_DIAGNOSTIC_CODES } from '../sql/index';
import type { Statement } from '../sql/types';
import { Catalog, DEFAULT_CATALOG, DEFAULT_DATABASE, sessionCatalog } from './catalog';
import { type Config, unparsableValue } from './config-keys';
import { StatementContext } from './sql-context';
import { createObject, dropObject } from './sql-ddl';
import { describeJob, jobsTable, stopJob, submitJob } from './sql-jobs';
import {
  col,
  type ExecEnv,
  type ExecOutcome,
  okResult,
  RESTORE_KEY,
  rowsResult,
  type SessionState,
  type StatementResult,
  VARCHAR,
  validation,
} from './sql-model';
import { compilePlan, executePlan, isCompilePlan, isExecutePlan } from './sql-plans';
import { describeTable, explain, select, show } from './sql-queries';

export { normaliseQuery } from './sql-context';
export type { Column, ExecEnv, ExecOutcome, SessionState, SqlError, StatementResult } from './sql-model';
export { okResult } from './sql-model';

function parseFailed(text: string, offset: number): ExecOutcome {
  const lines = new LineIndex(text);
  const pos = lines.pos(offset);
  const token = /^\S*/.exec(text.slice(offset))?.[0] || '<EOF>';
  return {
    kind: 'error',
    error: {
      className: 'org.apache.flink.table.api.SqlParserException',
      message: `SQL parse failed. Encountered "${token}" at line ${pos.line}, column ${pos.column}.`,
    },
  };
}

const ILLEGAL_ARGUMENT = 'java.lang.IllegalArgumentException';

/** Executes one statement (`text` is the request's `statement`). */
export function executeStatement(
  env: ExecEnv,
  s: SessionState,
  text: string,
  executionConfig: Config,
  configureOnly = false,
): ExecOutcome {
  // Flink builds the session's table environment before it reads the statement.
  const unparsable = unparsableValue(effectiveConfig(env, s, executionConfig));
  if (unparsable) return { kind: 'error', error: { className: ILLEGAL_ARGUMENT, message: unparsable } };
  // COMPILE PLAN … FOR STATEMENT SET BEGIN …; END is one statement to Flink's parser.
  if (!configureOnly && (isCompilePlan(text) || isExecutePlan(text))) {
    const ctx = new StatementContext(env, s, text);
    return isCompilePlan(text)
      ? compilePlan(ctx, text, effectiveConfig(env, s, executionConfig))
      : executePlan(ctx, text, effectiveConfig(env, s, executionConfig));
  }
  // The grammar of the emulated release: syntax Flink added later is a parse error here too.
  // With its queries' scopes: a column name no table has is refused (StatementContext.checkColumns).
  const analysis = analyzeScript(text, 'statement.sql', {
    flinkVersion: env.features.full,
    columnScopes: true,
  });
  let stmts = analysis.statements;
  // `EXPLAIN STATEMENT SET BEGIN ...; END` is one statement to Flink; the splitter ends it at END.
  const last = stmts[stmts.length - 1];
  if (
    stmts.length >= 2 &&
    stmts[0]!.kind === 'explain' &&
    stmts[0]!.inner &&
    last?.kind === 'end' &&
    stmts.slice(1, -1).every((x) => x.kind === 'insert')
  ) {
    stmts = [{ ...stmts[0]!, inner: [...stmts[0]!.inner, ...stmts.slice(1, -1)] }];
  }
  if (stmts.length === 0) return parseFailed(text, text.length);
  if (stmts.length > 1) {
    return {
      kind: 'error',
      error: {
        className: 'java.lang.UnsupportedOperationException',
        message:
          "Unsupported SQL statement! Execute statement only accepts a single SQL statement or multiple 'INSERT INTO' statements wrapped in a 'STATEMENT SET' block.",
      },
    };
  }
  const st = stmts[0]!;
  const syntax = st.diags.find((d) => d.severity === 'error' && SYNTAX_CODES.has(d.code));
  const f = env.features;
  if (
    syntax ||
    st.kind === 'unknown' ||
    ((st.kind === 'show_jobs' || st.kind === 'stop_job') && !f.jobStatements) ||
    (st.kind === 'describe_job' && !f.describeJob)
  ) {
    const off = syntax?.range ? new LineIndex(text).offset(syntax.range.start) : st.start;
    return parseFailed(text, off);
  }
  if (configureOnly && !CONFIGURE_KINDS.has(st.kind)) {
    return {
      kind: 'error',
      error: {
        className: 'org.apache.flink.table.gateway.service.utils.SqlExecutionException',
        message: `Unsupported statement for configuring session:${text}\nThe configureSession API only supports to execute statement of type CREATE TABLE, DROP TABLE, ALTER TABLE, CREATE DATABASE, DROP DATABASE, ALTER DATABASE, CREATE FUNCTION, DROP FUNCTION, ALTER FUNCTION, CREATE CATALOG, DROP CATALOG, USE CATALOG, USE [CATALOG.]DATABASE, CREATE VIEW, DROP VIEW, LOAD MODULE, UNLOAD MODULE, USE MODULE, ADD JAR.`,
      },
    };
  }
  const cfg = effectiveConfig(env, s, executionConfig);
  const ctx = new StatementContext(env, s, text);

  if (s.statementSet && st.kind !== 'insert' && st.kind !== 'end') {
    return validation(
      `Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set or use 'END' statement to submit Statement Set.`,
    );
  }

  switch (st.kind) {
    case 'set': {
      // The session takes a value only once a table environment could be built with it.
      const key = st.set?.key;
      const value = st.set?.value ?? '';
      const bad = key === undefined ? undefined : unparsableValue({ ...cfg, [key]: value });
      if (bad)
        return {
          kind: 'error',
          error: {
            className: 'org.apache.flink.table.gateway.service.utils.SqlExecutionException',
            message: `Failed to set key ${key} with value ${value}.`,
            cause: { className: ILLEGAL_ARGUMENT, message: bad },
          },
        };
      return { kind: 'result', result: doSet(s, st) };
    }
    case 'reset':
      if (st.set?.key) {
        if (st.set.key in s.defaults) s.properties[st.set.key] = s.defaults[st.set.key]!;
        else delete s.properties[st.set.key];
      } else s.properties = { ...s.defaults };
      return { kind: 'result', result: okResult() };
    case 'create_table':
    case 'create_view':
    case 'create_function':
      return createObject(ctx, st);
    case 'create_table_as': {
      const created = createObject(ctx, st);
      if (created.kind === 'error') return created;
      return submitJob(ctx, [st], cfg);
    }
    case 'drop':
      return dropObject(ctx, st);
    case 'insert':
      if (s.statementSet) {
        const check = ctx.checkDml(st);
        if (check) return check;
        s.statementSet.push(st);
        return { kind: 'result', result: okResult() };
      }
      return submitJob(ctx, [st], cfg);
    case 'statement_set':
    case 'execute':
      // `EXECUTE STATEMENT SET BEGIN END`: Flink's grammar wants at least one INSERT.
      if (st.kind === 'statement_set' && !st.inner?.length) {
        const end = /\bEND\b\s*;?\s*$/i.exec(text);
        return parseFailed(text, end ? end.index : text.length);
      }
      return submitJob(ctx, st.inner && st.inner.length > 0 ? st.inner : [st], cfg);
    case 'begin_statement_set':
      s.statementSet = [];
      return { kind: 'result', result: okResult() };
    case 'end': {
      const inner = s.statementSet;
      if (!inner)
        return validation(
          'No Statement Set to submit. "END" statement should be used after "BEGIN STATEMENT SET".',
        );
      s.statementSet = undefined;
      // An END with nothing buffered is a plain OK: no job (1.20, 2.2).
      if (inner.length === 0) return { kind: 'result', result: okResult() };
      return submitJob(ctx, inner, cfg);
    }
    case 'explain':
      return explain(ctx, st, cfg);
    case 'select':
      return select(ctx, st);
    case 'show_jobs':
      return { kind: 'result', result: jobsTable(ctx) };
    case 'describe_job':
      return describeJob(ctx, st);
    case 'stop_job':
      return stopJob(ctx, st, cfg);
    case 'show':
      return { kind: 'result', result: show(ctx, st) };
    case 'describe':
      return describeTable(ctx, st);
    case 'add_jar':
      return addJar(st.text);
    case 'use': {
      const m = /^\s*USE\s+(CATALOG\s+)?(.+?)\s*$/is.exec(st.text);
      const parts = (m?.[2] ?? '').split('.').map((p) => p.replace(/^`|`$/g, ''));
      if (m?.[1]) s.path = { catalog: parts[0]!, database: DEFAULT_DATABASE };
      else if (parts.length === 2) s.path = { catalog: parts[0]!, database: parts[1]! };
      else if (parts[0]) s.path = { ...s.path, database: parts[0] };
      return { kind: 'result', result: okResult() };
    }
    default:
      return { kind: 'result', result: okResult() };
  }
}

/**
 * `ADD JAR`: a local jar (`file:` or an absolute path) must be there, as on real Flink 1.20.3,
 * which answers with the jar resource not found. Remote schemes are taken on trust.
 */
function addJar(text: string): ExecOutcome {
  const uri = /'((?:[^']|'')*)'/.exec(text)?.[1]?.replace(/''/g, "'");
  if (uri === undefined) return { kind: 'result', result: okResult() };
  let path: string | undefined;
  try {
    path = uri.startsWith('file:') ? fileURLToPath(uri) : uri.startsWith('/') ? uri : undefined;
  } catch {
    path = undefined;
  }
  if (path === undefined || existsSync(path)) return { kind: 'result', result: okResult() };
  return {
    kind: 'error',
    error: {
      className: 'org.apache.flink.table.api.TableException',
      message: `Could not register the specified resource [ResourceUri{resourceType=JAR, uri='${uri}'}].`,
      cause: { className: 'java.io.FileNotFoundException', message: `jar resource [${uri}] not found.` },
    },
  };
}

/** Front-end diagnostics that Flink's parser would also reject (statement-set structure aside). */
const SYNTAX_CODES = new Set<string>([
  SQL_DIAGNOSTIC_CODES.unterminatedString,
  SQL_DIAGNOSTIC_CODES.unterminatedComment,
  SQL_DIAGNOSTIC_CODES.unterminatedIdentifier,
  SQL_DIAGNOSTIC_CODES.unbalancedParens,
  SQL_DIAGNOSTIC_CODES.unknownStatement,
  SQL_DIAGNOSTIC_CODES.unexpectedToken,
  SQL_DIAGNOSTIC_CODES.missingPart,
  SQL_DIAGNOSTIC_CODES.malformedSet,
  SQL_DIAGNOSTIC_CODES.qualifiedName,
]);

const CONFIGURE_KINDS = new Set<string>([
  'set',
  'reset',
  'create_table',
  'create_view',
  'create_function',
  'create_catalog',
  'create_database',
  'drop',
  'alter',
  'use',
  'load_module',
  'unload_module',
  'add_jar',
]);

/** Session config with the statement's executionConfig over it (README §4: on 1.16, not the restore keys). */
export function effectiveConfig(env: ExecEnv, s: SessionState, executionConfig: Config): Config {
  const out: Config = { ...s.properties };
  for (const [k, v] of Object.entries(executionConfig)) {
    if (!env.features.executionConfigReachesJob && RESTORE_KEY.test(k)) continue;
    out[k] = v;
  }
  return out;
}

function doSet(s: SessionState, st: Statement): StatementResult {
  if (st.set?.key === undefined) {
    const rows = Object.entries(s.properties)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, v]);
    return rowsResult([col('key', VARCHAR(false)), col('value', VARCHAR(false))], rows);
  }
  s.properties[st.set.key] = st.set.value ?? '';
  return okResult();
}

/** A new session: its defaults, its properties over them, an empty temporary and built-in catalog. */
export function newSessionState(defaults: Config, properties: Config, shared: Catalog): SessionState {
  return {
    defaults,
    properties: { ...defaults, ...properties },
    temp: new Catalog(),
    catalog: sessionCatalog(shared),
    path: { catalog: DEFAULT_CATALOG, database: DEFAULT_DATABASE },
  };
}
