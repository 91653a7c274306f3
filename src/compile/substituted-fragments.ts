/** `${env.X}` substituted into a YAML table's types and expressions: each must stay one. */
import { type Diagnostic, error } from '../core/diagnostics';
import type { TableSpec } from '../load/types';
import { checkExpressionText } from '../sql';
import { fragmentProblem, type Project, type ProjectTable } from '../validate';

/**
 * Types and expressions go into the DDL as written (validate checked each is one type or
 * expression); after `${env.X}` substitution they must still be, or a value could add columns
 * or clauses to the table.
 */
export function checkSubstitutedFragments(
  project: Project,
  t: ProjectTable,
  spec: TableSpec,
  env: string,
  diags: Diagnostic[],
): void {
  const raw = t.spec!;
  // Looked up only for a problem: a scan per table would make large repositories quadratic.
  const yaml = () => project.loaded.tables.find((s) => s.file === t.file)?.yaml;
  const check = (before: string, after: string, mode: 'type' | 'expr', path: (string | number)[]) => {
    if (before === after) return;
    // Once one expression, it is read as the CREATE TABLE's (INTERVAL '${env.DELAY}' SECOND with DELAY 120: FO320).
    const problem =
      fragmentProblem(after, mode) ??
      (mode === 'expr'
        ? sqlProblem(after, path[0] === 'watermark', project.config?.flinkVersion)
        : undefined);
    if (!problem) return;
    diags.push(
      error(
        'FO403',
        `With the \${env.X} values of environment ${env}, this ${mode === 'type' ? 'data type' : 'expression'} is not valid: ${problem}`,
        `The substituted value must keep it one ${mode === 'type' ? 'data type' : 'expression'}; check the environment's values (or the variables: defaults) used in ${t.file}.`,
        yaml()?.locate(path),
      ),
    );
  };
  spec.columns.forEach((c, i) => {
    check(raw.columns[i]!.type, c.type, 'type', ['columns', i, 'type']);
  });
  spec.metadata?.forEach((c, i) => {
    check(raw.metadata![i]!.type, c.type, 'type', ['metadata', i, 'type']);
  });
  spec.computed?.forEach((c, i) => {
    check(raw.computed![i]!.expr, c.expr, 'expr', ['computed', i, 'expr']);
  });
  if (spec.watermark?.expr !== undefined)
    check(raw.watermark!.expr!, spec.watermark.expr, 'expr', ['watermark', 'expr']);
}

/** The first error a CREATE TABLE's computed column or watermark expression gets, as a clause. */
function sqlProblem(expr: string, watermark: boolean, flinkVersion: string | undefined): string | undefined {
  const { diags } = checkExpressionText(
    expr,
    watermark ? 'the watermark expression' : 'the computed column',
    flinkVersion,
  );
  const d = diags.find((x) => x.severity === 'error');
  return d && `${d.summary.charAt(0).toLowerCase()}${d.summary.slice(1)} (${d.code})`;
}
