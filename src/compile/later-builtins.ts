/**
 * Calls of a project UDF whose name a later Flink release made a built-in (`split`, a built-in
 * since 1.20; `url_decode` since 2.0). Before that release the call is the UDF's; from it on,
 * Flink resolves it to its own function (built-ins come before temporary functions), and a
 * script compiled for it no longer creates the UDF (FO215). A job deployed on the older release
 * changes what it computes when it restarts on the newer one: the plan says so at each call
 * (FO668), from the release the job last ran on. Found here, where the SQL files are at hand, by
 * analysing the files that call such a name as the release before the built-in sees them.
 */
import { compareReleases, releaseBefore } from '../core/flink-version';
import type { TextFile } from '../load/files';
import { analyzeScript } from '../sql';
import { builtinSince } from '../sql/keywords';
import type { Project } from '../validate';
import type { JobDependencies } from './job-script';
import type { LaterBuiltinCall } from './model';

export type { LaterBuiltinCall } from './model';

interface Shadowed {
  since: string;
  udf: string;
  udfFile: string;
  className: string;
}

/** What the project's UDFs are named like a later release's built-ins; undefined when none is. */
export function laterBuiltinNames(project: Project): ReadonlyMap<string, Shadowed> | undefined {
  let out: Map<string, Shadowed> | undefined;
  for (const u of project.udfs) {
    for (const fn of u.spec?.functions ?? []) {
      const since = builtinSince(fn.name.toUpperCase());
      if (since === undefined) continue;
      out ??= new Map();
      out.set(fn.name.toLowerCase(), { since, udf: u.name, udfFile: u.file, className: fn.class });
    }
  }
  return out;
}

/**
 * The calls of `names` in `file`, found by analysing it as the release before the earliest of
 * their built-ins (so that each is a function call there, not Flink's). Files that do not mention
 * a name are not analysed again.
 */
function callsIn(file: TextFile, names: ReadonlyMap<string, Shadowed>): LaterBuiltinCall[] {
  const lower = file.text.toLowerCase();
  const mentioned = [...names].filter(([n]) => lower.includes(n));
  if (mentioned.length === 0) return [];
  const earliest = mentioned.map(([, s]) => s.since).sort(compareReleases)[0]!;
  const analysis = analyzeScript(file.text, file.file, {
    flinkVersion: releaseBefore(earliest),
    lines: file.lines,
  });
  const out: LaterBuiltinCall[] = [];
  for (const st of analysis.statements) {
    for (const ref of st.functions) {
      if (ref.parts.length > 1) continue;
      const s = names.get(ref.name.toLowerCase());
      if (!s) continue;
      out.push({ name: ref.name, ...s, range: file.lines.range(file.file, ref.start, ref.end) });
    }
  }
  return out;
}

/** A cache of the calls per SQL file, shared by the jobs of one compile. */
export type LaterBuiltinCache = Map<string, LaterBuiltinCall[]>;

/** The job's calls of UDFs named like a later release's built-ins: in its SQL file and the SQL views and tables it uses. */
export function laterBuiltinCalls(
  project: Project,
  jobName: string,
  deps: JobDependencies,
  names: ReadonlyMap<string, Shadowed>,
  cache: LaterBuiltinCache,
): LaterBuiltinCall[] {
  const files: TextFile[] = [];
  const job = project.loaded.jobs.find((j) => j.name === jobName);
  if (job?.sql) files.push(job.sql);
  for (const t of [...deps.views, ...deps.tables]) {
    if (t.format !== 'sql') continue;
    const src = project.loaded.tables.find((s) => s.file === t.file);
    if (src?.sql) files.push(src.sql);
  }
  const out: LaterBuiltinCall[] = [];
  for (const f of files) {
    let calls = cache.get(f.file);
    if (!calls) {
      calls = callsIn(f, names);
      cache.set(f.file, calls);
    }
    out.push(...calls);
  }
  return out;
}
