/**
 * The jars a job's own script loads (`ADD JAR '…'`, `CREATE FUNCTION … USING JAR|ARTIFACT '…'`).
 * The SQL Gateway reads them when the job is submitted, so a new build under the same path changes
 * no byte of the script: without their checksums in the spec hash, the running job keeps the old
 * classes while plan says "No changes" (real 2.2.0: a scalar UDF's jar replaced, the sink kept
 * receiving the old build's results). As with Python files, flinkops counts the ones it can read
 * on its own machine (an absolute path or a `file:` URI); another host's disk, s3:// or hdfs:// is
 * left to the cluster.
 */

import { jarLocations } from '../sql/classify';
import type { FunctionDef } from '../sql/types';
import { localPythonPath, pathSha256 } from './python-files';

/** The jar locations a statement loads, as written (quotes undone): ADD JAR's, or a USING list's. */
export function statementJars(kind: string, text: string): string[] {
  return kind === 'add_jar' || kind === 'create_function' ? jarLocations(text) : [];
}

/** The sha256 of each jar the statements load that this machine can read, by the location as written. */
export function scriptJarChecksums(
  statements: ReadonlyArray<{ kind: string; text: string }>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const st of statements) {
    for (const jar of statementJars(st.kind, st.text)) {
      const path = localPythonPath(jar);
      const sha = path === undefined ? undefined : pathSha256(path);
      if (sha) out[jar] = sha;
    }
  }
  return out;
}

/**
 * The functions the statements create whose classes may come from a counted jar (`counted`: the
 * jars of `scriptJarChecksums`), by lower-case name: a function's own USING JAR locations, and for a
 * Java/Scala function created without one, each ADD JAR of the script (the session's class loader
 * holds them). A new build of such a jar may change these functions' state types (an aggregate's
 * accumulator), which the script's text does not show.
 */
export function scriptJarFunctions(
  statements: ReadonlyArray<{ kind: string; text: string; function?: FunctionDef }>,
  counted: Readonly<Record<string, string>>,
): Record<string, string[]> {
  const addJars = statements
    .filter((st) => st.kind === 'add_jar')
    .flatMap((st) => statementJars(st.kind, st.text))
    .filter((j) => j in counted);
  const out: Record<string, string[]> = {};
  for (const st of statements) {
    if (st.kind !== 'create_function' || !st.function) continue;
    const own = statementJars(st.kind, st.text);
    const jars =
      own.length > 0
        ? own.filter((j) => j in counted)
        : st.function.language === 'JAVA' || st.function.language === 'SCALA'
          ? addJars
          : [];
    if (jars.length > 0) out[st.function.name.name.toLowerCase()] = [...new Set(jars)];
  }
  return out;
}
