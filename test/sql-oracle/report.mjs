// Agreement between flinkops and Flink's parser, and its report.

/** flinkops' verdict: accepted when analysing the text gives no error. */
export function ours(sql, flinkVersion, text) {
  const a = sql.analyzeScript(text, 'oracle.sql', { flinkVersion });
  const e = a.diags.find((d) => d.severity === 'error');
  return e ? `error ${e.range ? `${e.range.start.line}:${e.range.start.column}` : '0:0'} ${e.summary}` : 'ok';
}

export function agreement(sql, flinkVersion, statements, verdicts) {
  const rows = statements.map((s, i) => {
    const flink = verdicts[i];
    const mine = ours(sql, flinkVersion, s.text);
    return { s, flink, mine, agree: (flink === 'ok') === (mine === 'ok') };
  });
  const agree = rows.filter((r) => r.agree).length;
  const byKind = {};
  for (const r of rows) {
    byKind[r.s.kind] ??= { n: 0, flinkRejects: 0, weFlag: 0, bothReject: 0, agree: 0 };
    const k = byKind[r.s.kind];
    k.n++;
    if (r.flink !== 'ok') k.flinkRejects++;
    if (r.mine !== 'ok') k.weFlag++;
    if (r.flink !== 'ok' && r.mine !== 'ok') k.bothReject++;
    if (r.agree) k.agree++;
  }
  const valid = rows.filter((r) => r.s.kind === 'corpus' && r.flink === 'ok');
  const mutantsRejected = rows.filter((r) => r.s.kind !== 'corpus' && r.flink !== 'ok');
  return {
    n: rows.length,
    agreement: agree / rows.length,
    acceptance: valid.filter((r) => r.mine === 'ok').length / Math.max(1, valid.length),
    validCount: valid.length,
    flagRate: mutantsRejected.filter((r) => r.mine !== 'ok').length / Math.max(1, mutantsRejected.length),
    mutantRejectCount: mutantsRejected.length,
    byKind,
    disagreements: rows.filter((r) => !r.agree),
  };
}

const pct = (x) => `${(x * 100).toFixed(2)} %`;

export function formatReport(v, r) {
  const lines = [
    `\n== Flink ${v.flink} (flink-sql-parser ${v.artifact})`,
    `statements judged: ${r.n}; agreement ${pct(r.agreement)} (${r.n - r.disagreements.length}/${r.n})`,
    `unmodified statements Flink accepts: ${r.validCount}, flinkops accepts ${pct(r.acceptance)}`,
    `mutants Flink rejects: ${r.mutantRejectCount}, flinkops flags ${pct(r.flagRate)}`,
    'kind                  n  flink-rejects  flinkops-flags  agree',
  ];
  for (const [k, s] of Object.entries(r.byKind)) {
    lines.push(
      `${k.padEnd(20)}${String(s.n).padStart(4)}${String(s.flinkRejects).padStart(15)}${String(s.weFlag).padStart(16)}${String(s.agree).padStart(7)}`,
    );
  }
  lines.push(`disagreements (${r.disagreements.length}):`);
  for (const d of r.disagreements) {
    lines.push(
      `- [${d.s.kind}] ${d.s.origin}: ${JSON.stringify(d.s.text.length > 400 ? `${d.s.text.slice(0, 400)}…` : d.s.text)}`,
    );
    lines.push(`    Flink: ${d.flink}`);
    lines.push(`    flinkops: ${d.mine}`);
  }
  return lines.join('\n');
}
