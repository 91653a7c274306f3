#!/usr/bin/env node
// node scripts/state-catalogue-doc.mjs RESULTS.json... [--out docs/state-compatibility.md]
// Renders the state-compatibility catalogue's table from the results files the e2e run writes
// (test/e2e/state-catalogue.e2e.test.ts, FLINKOPS_CATALOGUE_OUT=<dir> → state-catalogue-<line>.json,
// one per Flink line): per edit, what changed, what the restore did on each line, and why.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const OUTCOME = {
  restored: 'restored',
  'restored-anrs': 'restored only with allowNonRestoredState',
  'restored-misread': 'restored, state read crossed',
  'restored-empty': 'restored, state not read',
  failed: 'failed',
};
const VERDICT_OF = {
  restored: 'compatible',
  'restored-anrs': 'drops-state',
  'restored-misread': 'incompatible',
  'restored-empty': 'drops-state',
  failed: 'incompatible',
};

/** One line on why, from the run's own evidence: Flink's cause of the failed restore. */
function why(row) {
  if (row.why) return row.why;
  switch (row.outcome) {
    case 'restored':
      return 'kept: every stateful operator of the old job maps to one of the new job, with state of the same shape';
    case 'restored-misread':
      return 'state read crossed: the restored operator reads its old state as the state of other keys or columns';
    case 'restored-empty':
      return 'state not read: the new operator keeps its state under other names, so it starts empty';
    case 'restored-anrs':
      return `operator ids shift: ${operatorOf(row) ?? 'state of the old job has no operator to go to'}`;
    case 'failed':
      return `state reshaped: ${reshaped(row.causeWithAnrs ?? row.cause)}`;
    default:
      return row.problem ? `not measured: ${row.problem}` : 'not measured';
  }
}

/** The operator Flink could not map, by the old job's vertex name when it heads a vertex. */
function operatorOf(row) {
  const m = /Cannot map checkpoint\/savepoint state for operator ([0-9a-f]{32})/.exec(row.cause ?? '');
  if (!m) return undefined;
  const vertex = (row.vertices ?? []).find((v) => v.id === m[1]);
  const name = vertex
    ? `the old job's vertex "${shortName(vertex.name)}"`
    : `operator ${m[1]} (chained inside a vertex)`;
  return `${name} has no operator with its id in the new job`;
}

/** `GroupAggregate(groupBy=[k], select=[k, COUNT(*) AS c]) -> Sink: …` → its first operator. */
function shortName(name) {
  const first = name.split(' -> ')[0].replace(/\[\d+\]/g, '');
  return first.length > 80 ? `${first.slice(0, 77)}…` : first;
}

/** Flink's StateMigrationException, said in a line: which part of the state changed shape. */
function reshaped(cause) {
  const c = cause ?? '';
  if (/TtlSerializer|TtlStateFactory/.test(c))
    return 'TTL wraps every state value (the TTL serializer does not read plain state)';
  if (/new key serializer/.test(c))
    return 'the state key changed (the new key serializer cannot read the old keys)';
  if (/new state serializer/.test(c))
    return 'the state value changed (accumulators or stored rows of another type)';
  const m = /([A-Za-z]+(?:Exception|Error)):?\s*([^\n]*)/.exec(c);
  const text = m ? `${m[1]}${m[2] ? `: ${m[2]}` : ''}` : c || 'the mapped state does not restore';
  return text.length > 220 ? `${text.slice(0, 217)}…` : text;
}

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function render(runs) {
  const lines = runs.map((r) => r.line);
  const order = [];
  const byJob = new Map();
  for (const run of runs) {
    for (const row of run.edits) {
      if (!byJob.has(row.job)) {
        byJob.set(row.job, new Map());
        order.push(row);
      }
      byJob.get(row.job).set(run.line, row);
    }
  }
  const agree = runs.map((run) => {
    const measured = run.edits.filter((e) => e.outcome);
    const ok = measured.filter((e) => e.verdict === VERDICT_OF[e.outcome]);
    return `Flink ${run.flink}: ${measured.length} of ${run.edits.length} edits measured; the plan's verdict matched ${ok.length}.`;
  });
  const out = [
    '# State compatibility of SQL edits, measured on real Flink',
    '',
    'What a restore from the upgrade savepoint really does after each edit of a running Flink SQL job.',
    'Each row is one job of the e2e catalogue (`test/e2e/state-catalogue.e2e.test.ts`, edits in',
    '`test/e2e/catalogue.ts`): the original job runs and checkpoints its state, the edit is applied',
    "through `flinkops apply` (stop with savepoint, start the new job from it), and Flink's REST API",
    'says whether the new job runs restored from that savepoint. When it does not, the edit is applied',
    'again with `allowNonRestoredState: true`.',
    '',
    '- **restored**: every piece of state found its operator (verdict `compatible`).',
    '- **restored only with allowNonRestoredState**: some state has no operator in the new job; Flink',
    '  refuses the restore ("Cannot map checkpoint/savepoint state for operator …") unless told to drop',
    '  it (verdict `drops-state`).',
    '- **restored, state read crossed**: the restore goes through (Flink compares serializers, and',
    '  the state has the same types, in another order or under another column of its type), and the',
    "  new job reads each key or row of the old state as another one: its own output shows it (the job's",
    '  print sink rows, quoted in the table). The state is restored but wrong (verdict `incompatible`).',
    '  A key moved to another column of the same type (GROUP BY k → GROUP BY v) is one: the state kept',
    '  for k = 5 becomes that of v = 5.',
    '- **restored, state not read**: the restore goes through without allowNonRestoredState (the',
    '  operator keeps its id), but the new operator keeps its state under other names (a deduplication',
    '  become a Top-N): it starts empty, and its own output shows it (verdict `drops-state`).',
    '- **failed**: state maps to an operator but does not fit it (a key, accumulator or serializer',
    '  changed); the restore fails even with allowNonRestoredState (verdict `incompatible`).',
    '',
    'SQL jobs get no explicit operator uids: Flink hashes each operator from its place in the',
    'stream graph, its chained outputs and its inputs, so an edit that keeps the shape of the graph',
    'keeps the ids, and one that adds, removes or re-chains an operator moves them.',
    '',
    ...agree.map((a) => `${a}  `),
    '',
    `| edit | what changed | ${lines.map((l) => `Flink ${l}`).join(' | ')} | why |`,
    `| --- | --- | ${lines.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const first of order) {
    const per = byJob.get(first.job);
    const outcomes = lines.map((l) => {
      const row = per.get(l);
      return row?.outcome ? OUTCOME[row.outcome] : 'not measured';
    });
    const whys = [
      ...new Set(
        lines
          .map((l) => per.get(l))
          .filter(Boolean)
          .map(why),
      ),
    ];
    let whyText =
      whys.length === 1
        ? whys[0]
        : lines
            .filter((l) => per.get(l))
            .map((l) => `${l}: ${why(per.get(l))}`)
            .join('; ');
    // What the job printed that only a state read crossed gives, per line.
    const printedRows = lines
      .filter(
        (l) =>
          (per.get(l)?.outcome === 'restored-misread' && per.get(l).misread?.length) ||
          (per.get(l)?.outcome === 'restored-empty' && per.get(l).empty?.length),
      )
      .map((l) => `${l} printed \`${(per.get(l).misread ?? per.get(l).empty)[0]}\``);
    if (printedRows.length > 0) whyText = `${whyText}; ${printedRows.join(', ')}`;
    out.push(
      `| ${cell(first.edit)} (\`${first.job}\`) | ${cell(first.what)} | ${outcomes.map(cell).join(' | ')} | ${cell(whyText)} |`,
    );
  }
  out.push(
    '',
    `Measured on ${runs.map((r) => `Flink ${r.flink} (${r.at.slice(0, 10)})`).join(' and ')}. Regenerate with`,
    '`FLINKOPS_CATALOGUE_OUT=DIR npm run test:e2e -- test/e2e/state-catalogue.e2e.test.ts`, then',
    '`node scripts/state-catalogue-doc.mjs DIR/state-catalogue-*.json`.',
    '',
  );
  return out.join('\n');
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: 'docs/state-compatibility.md' } },
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: node scripts/state-catalogue-doc.mjs RESULTS.json... [--out FILE]\n');
    process.exit(1);
  }
  const runs = positionals
    .map((f) => JSON.parse(readFileSync(f, 'utf8')))
    .sort((a, b) => a.line.localeCompare(b.line, 'en', { numeric: true }));
  // Sections after the generated table (edits measured by hand, `## …`) are kept as they are.
  const previous = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '';
  const kept = previous.search(/^## /m);
  writeFileSync(values.out, render(runs) + (kept >= 0 ? `\n${previous.slice(kept)}` : ''));
  process.stderr.write(`wrote ${values.out} (${runs.map((r) => r.line).join(', ')})\n`);
}

main();
