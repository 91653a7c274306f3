/** `${env.X}` substituted into a YAML table's types and expressions: each must stay one. */
import { type Diagnostic, error } from '../core/diagnostics';
import type { TableSpec } from '../load/types';
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
    const problem = fragmentProblem(after, mode);
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
