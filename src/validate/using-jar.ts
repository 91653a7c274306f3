/**
 * FO459: a job script's `CREATE FUNCTION … USING JAR '…'` without an `ADD JAR` of that jar, in a
 * project on Flink before 2.2. The SQL Gateway of 1.20 compiles the job's generated code with the
 * session's class loader, which `USING JAR` does not extend: real 1.20.3, a scalar UDF called in
 * an INSERT, checkpointing on, refused the submission with `CompileException: … Cannot determine
 * simple type name "e2e"` (the UDF's package), after EXPLAIN had planned it. Real 2.2.0 ran the
 * same script. Artifacts in udfs/ get their `ADD JAR` from flinkops; a script's own jar does not.
 */

import { type Diagnostic, type SourceRange, warning } from '../core/diagnostics';
import { releaseAtLeast } from '../core/flink-version';
import type { LineIndex } from '../core/text';
import { jarLiterals, jarLocations } from '../sql/classify';
import type { Statement } from '../sql/types';

export function usingJarWithoutAddJar(
  statements: readonly Statement[],
  flinkVersion: string | undefined,
  file: string,
  lines: LineIndex,
): Diagnostic[] {
  if (flinkVersion === undefined || releaseAtLeast(flinkVersion, '2.2')) return [];
  const added = new Set<string>();
  const out: Diagnostic[] = [];
  for (const s of statements) {
    if (s.kind === 'add_jar') {
      for (const jar of jarLocations(s.text)) added.add(jar);
      continue;
    }
    if (s.kind !== 'create_function') continue;
    const missing = new Set((s.function?.jars ?? []).filter((j) => !added.has(j)));
    if (missing.size === 0) continue;
    // Each jar not added is said at its own quoted path in the USING list (at the statement, were
    // its literal not found).
    for (const { location, start, end } of jarLiterals(s.text))
      if (missing.delete(location))
        out.push(notAdded(flinkVersion, location, lines.range(file, s.start + start, s.start + end)));
    for (const location of missing) out.push(notAdded(flinkVersion, location, s.range));
  }
  return out;
}

function notAdded(flinkVersion: string, jar: string, range: SourceRange): Diagnostic {
  return warning(
    'FO459',
    `On Flink ${flinkVersion}, a function's USING JAR alone does not let the job's generated code see the jar`,
    `The SQL Gateway compiles the job with its session's class loader, which USING JAR does not extend: with checkpointing on, Flink 1.20.3 refused the submission with "CompileException: … Cannot determine simple type name" (the function's package) after planning it; 2.2.0 runs it. Load the jar into the session first: ADD JAR '${jar.replace(/'/g, "''")}'; before this statement, or declare the jar in udfs/<name>.yaml (flinkops adds its ADD JAR).`,
    range,
  );
}
