/** Read-only statements answered from the catalogs: EXPLAIN, SELECT, SHOW and DESCRIBE. */
import { analyzeScript } from '../sql/index';
import type { Statement } from '../sql/types';
import { DEFAULT_CATALOG, DEFAULT_DATABASE, lookupTable, qualify } from './catalog';
import type { Config } from './config-keys';
import { executionPlanJson } from './job-graph';
import { normaliseQuery, type StatementContext, unbucketed } from './sql-context';
import { checkOnConflict, streamGraphOf } from './sql-jobs';
import { col, type ExecOutcome, rowsResult, type StatementResult, VARCHAR, validation } from './sql-model';
import { readPlanRows } from './sql-plans';
import { logicalType } from './sql-types';
import { atLeast } from './versions';

/** `EXPLAIN [PLAN FOR | detail, ...] <INSERT | STATEMENT SET BEGIN ... END | query>`. */
const EXPLAIN_HEAD =
  /^\s*EXPLAIN\s+(?:PLAN\s+FOR\s+|((?:(?:ESTIMATED_COST|CHANGELOG_MODE|PLAN_ADVICE|JSON_EXECUTION_PLAN)\s*,?\s*)+))?/i;

export function explain(ctx: StatementContext, st: Statement, cfg: Config): ExecOutcome {
  const head = EXPLAIN_HEAD.exec(st.text)!;
  let body = st.text.slice(head[0].length);
  // Before 2.0 Flink explains a statement set as `STATEMENT SET BEGIN ... END` only; EXPLAIN
  // EXECUTE is a parse error (real 1.20); 2.x explains what EXECUTE would run (real 2.2).
  const execute = /^EXECUTE\s+/i.exec(body);
  if (execute && atLeast(ctx.env.cluster.version, '2.0')) body = body.slice(execute[0].length);
  else if (execute) {
    return {
      kind: 'error',
      error: {
        className: 'org.apache.flink.table.api.SqlParserException',
        message: `SQL parse failed. Incorrect syntax near the keyword 'EXECUTE' at line 1, column ${head[0].length + 1}.`,
        cause: {
          className: 'org.apache.calcite.sql.parser.SqlParseException',
          message: `Incorrect syntax near the keyword 'EXECUTE' at line 1, column ${head[0].length + 1}.`,
        },
      },
    };
  }
  // What is explained: the set's INSERTs, or the one statement after EXPLAIN.
  const inner = st.inner?.length
    ? st.inner
    : // Blanked, not cut: the inner statement keeps its place in the text Flink names positions of.
      analyzeScript(
        st.text.slice(0, st.text.length - body.length).replace(/[^\n]/g, ' ') + body,
        'statement.sql',
        { flinkVersion: ctx.env.features.full, columnScopes: true },
      ).statements.slice(0, 1);
  if (inner.length === 0) inner.push(st);
  // CREATE TABLE ... AS is explained from 2.0 on (real 2.2), the table not created; 1.20's parser
  // takes only a query, an INSERT or a statement set after EXPLAIN.
  const ctas = inner[0]?.kind === 'create_table_as';
  if (ctas && !atLeast(ctx.env.cluster.version, '2.0')) {
    const word = /^\s*(\w+)/.exec(body)?.[1]?.toUpperCase() ?? 'CREATE';
    const at = head[0].length + 1;
    return {
      kind: 'error',
      error: {
        className: 'org.apache.flink.table.api.SqlParserException',
        message: `SQL parse failed. Incorrect syntax near the keyword '${word}' at line 1, column ${at}.`,
        cause: {
          className: 'org.apache.calcite.sql.parser.SqlParseException',
          message: `Incorrect syntax near the keyword '${word}' at line 1, column ${at}.`,
        },
      },
    };
  }
  const created = ctas ? inner[0]!.table : undefined;
  if (created?.distributedBy) {
    const bad = unbucketed(qualify(created.name, ctx.s.path), created.options.connector);
    if (bad) return bad;
  }
  for (const i of inner) {
    // The table a CTAS creates does not exist yet: its query is checked, as when it runs.
    const bad = ctas ? undefined : (ctx.checkDml(i) ?? checkOnConflict(ctx, i, cfg));
    if (bad) return bad;
  }
  const sinks = inner.flatMap((i) => i.writes.map((w) => qualify(w, ctx.s.path)));
  const sources = inner.flatMap((i) => i.reads.map((r) => qualify(r, ctx.s.path)));
  const scan = sources.map((t) => `   TableSourceScan(table=[[${t.split('.').join(', ')}]])`).join('\n');
  const sink = sinks.length > 0 ? sinks.map((t) => `Sink(table=[${t}])`).join('\n') : 'Calc';
  const sections = [
    '== Abstract Syntax Tree ==',
    sinks.map((t) => `LogicalSink(table=[${t}])`).join('\n') || 'LogicalProject',
    scan,
    '',
    '== Optimized Physical Plan ==',
    sink,
    scan,
    '',
    '== Optimized Execution Plan ==',
    sink,
    scan,
    '',
  ];
  if (head[1] && /JSON_EXECUTION_PLAN/i.test(head[1]) && sinks.length > 0) {
    const { graph } = streamGraphOf(ctx, inner, cfg);
    sections.push('== Physical Execution Plan ==', executionPlanJson(graph));
  }
  const plan = sections.join('\n');
  return { kind: 'result', result: rowsResult([col('result', VARCHAR(false))], [[plan]]) };
}

export function select(ctx: StatementContext, st: Statement): ExecOutcome {
  const bad = ctx.checkDml(st, true);
  if (bad) return bad;
  // Simple literal projections (`SELECT 1, 'a'`) answer one row; table queries answer no rows.
  if (st.reads.length === 0) {
    const m = /^\s*SELECT\s+(.+?)\s*$/is.exec(st.text);
    const items = m ? splitTopLevel(m[1]!) : [];
    const fields = items.map(literal);
    if (items.length > 0 && fields.every((x) => x !== undefined)) {
      const columns = fields.map((x, i) =>
        col(
          `EXPR$${i}`,
          typeof x === 'number'
            ? { type: 'INTEGER', nullable: false }
            : typeof x === 'boolean'
              ? { type: 'BOOLEAN', nullable: false }
              : { type: 'CHAR', nullable: false, length: String(x).length || 1 },
        ),
      );
      return { kind: 'result', result: rowsResult(columns, [fields], true) };
    }
  }
  const first = st.reads[0]
    ? lookupTable(qualify(st.reads[0], ctx.s.path), ctx.s.temp, ctx.s.catalog)
    : undefined;
  // A plan file read back in the gateway's own JVM (execution.target = local).
  const planRows = first?.options && readPlanRows(ctx, first.options, /\bsize\b/i.test(st.text));
  if (planRows) return planRows;
  const columns = (first?.columns.length ? first.columns : [{ name: 'EXPR$0', type: 'STRING' }]).map((c) =>
    col(c.name, logicalType(c.type)),
  );
  // A query on tables runs as a job of its own whose rows the gateway collects (no rows here).
  const sources = st.reads.map((r) => qualify(r, ctx.s.path));
  const job = ctx.env.cluster.submit({
    name: 'collect',
    config: { ...ctx.s.properties },
    sources,
    sinks: [],
    query: normaliseQuery(st.text),
  });
  return { kind: 'result', result: { ...rowsResult(columns, [], true), jobId: job.jid } };
}

/** `DESCRIBE t`: its columns; one that is not there is refused, with real Flink 1.20.3's message. */
export function describeTable(ctx: StatementContext, st: Statement): ExecOutcome {
  const name = /^\s*DESC(?:RIBE)?\s+(?:EXTENDED\s+)?(.+?)\s*$/is.exec(st.text)?.[1] ?? '';
  const parts = name.split('.').map((p) => p.trim().replace(/^`|`$/g, '').replaceAll('``', '`'));
  const table = lookupTable(qualify(parts, ctx.s.path), ctx.s.temp, ctx.s.catalog);
  if (!table) return validation(`Tables or views with the identifier '${parts.join('.')}' doesn't exist.`);
  const rows = table.columns.map((c) => [c.name, c.type]);
  return {
    kind: 'result',
    result: rowsResult([col('name', VARCHAR(false)), col('type', VARCHAR(false))], rows),
  };
}

export function show(ctx: StatementContext, st: Statement): StatementResult {
  const what = /^\s*SHOW\s+(?:FULL\s+)?(\w+)/i.exec(st.text)?.[1]?.toUpperCase() ?? '';
  const prefix = `${ctx.s.path.catalog}.${ctx.s.path.database}.`;
  const names = (kind?: 'table' | 'view') =>
    [...ctx.s.catalog.tables.values(), ...ctx.s.temp.tables.values()]
      .filter((t) => t.fqn.startsWith(prefix) && (!kind || t.kind === kind))
      .map((t) => t.fqn.slice(prefix.length))
      // Flink's SHOW lists its names sorted (AbstractShowOperation).
      .sort()
      .map((name) => [name]);
  switch (what) {
    case 'TABLES':
      return rowsResult([col('table name', VARCHAR(false))], names());
    case 'VIEWS':
      return rowsResult([col('view name', VARCHAR(false))], names('view'));
    case 'FUNCTIONS':
    case 'USER':
      return rowsResult(
        [col('function name', VARCHAR(false))],
        [...ctx.s.catalog.functions.values(), ...ctx.s.temp.functions.values()].map((f) => [f.name]),
      );
    case 'CATALOGS':
      return rowsResult([col('catalog name', VARCHAR(false))], [[DEFAULT_CATALOG]]);
    case 'DATABASES':
      return rowsResult([col('database name', VARCHAR(false))], [[DEFAULT_DATABASE]]);
    case 'CURRENT':
      return rowsResult(
        [col('current name', VARCHAR(false))],
        [[/DATABASE/i.test(st.text) ? ctx.s.path.database : ctx.s.path.catalog]],
      );
    default:
      return rowsResult([col('result', VARCHAR(false))], []);
  }
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let quote = false;
  for (const c of text) {
    if (c === "'") quote = !quote;
    if (!quote && c === '(') depth++;
    if (!quote && c === ')') depth--;
    if (!quote && depth === 0 && c === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function literal(text: string): string | number | boolean | undefined {
  const t = text.replace(/\s+AS\s+\S+$/i, '').trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^'(?:[^']|'')*'$/.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  return undefined;
}
