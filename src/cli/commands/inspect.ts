import { lstatSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { type Diagnostic, hasErrors } from '../../core/diagnostics';
import { readTextFile } from '../../load';
import { renderDiagnostics } from '../../render/diagnostics';
import { analyzeScript } from '../../sql';
import type { ObjectRef, Statement } from '../../sql/types';
import { boolOpt, parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';

const refName = (r: ObjectRef) => r.parts.join('.');

export const inspectCommand: Command = {
  help: [
    'Usage: flinkops inspect FILE.sql [--json]',
    '',
    'Splits a Flink SQL script the way the SQL client does and reports, per statement, its kind,',
    'its range, the object it creates, the tables it reads and writes, the functions it calls, and',
    'any problems.',
    '  --json   machine output: {"statements":[{"kind","start","end","creates"?,"reads","writes","functions","diagnostics"}]}',
  ].join('\n'),
  async run(argv, io) {
    const args = parseCommandArgs(argv, {}, 1);
    const [file] = args.positionals;
    if (!file) throw new UsageError('expected a file: flinkops inspect FILE.sql');
    const path = isAbsolute(file) ? file : resolve(io.cwd, file);
    const shown = relative(io.cwd, path) || file;
    // A missing file is not a dangling symbolic link (what the project reader assumes for a listed file).
    if (!lstatOrUndefined(path)) throw new UsageError(`no such file: ${file}`);
    // Located by the same reader as project files: size limit, UTF-8 check with the bad byte's position.
    const readDiags: Diagnostic[] = [];
    const read = readTextFile(
      isAbsolute(file) ? dirname(path) : io.cwd,
      isAbsolute(file) ? basename(path) : file,
      readDiags,
    );
    if (!read) {
      // Read as a file of its folder: shown by the path the user gave, as the SQL problems are.
      const located = readDiags.map((d) => (d.range ? { ...d, range: { ...d.range, file: shown } } : d));
      io.stderr(renderDiagnostics(located, { color: io.color }));
      return EXIT.error;
    }
    const analysis = analyzeScript(read.text, shown);
    if (boolOpt(args, 'json')) {
      const statements = analysis.statements.map((s) => ({
        kind: s.kind,
        start: s.range.start,
        end: s.range.end,
        ...(created(s) ? { creates: created(s) } : {}),
        reads: unique(s.reads.map(refName)),
        writes: unique(s.writes.map(refName)),
        functions: unique(s.functions.map(refName)),
        diagnostics: s.diags,
      }));
      const own = new Set(analysis.statements.flatMap((s) => s.diags));
      const scriptDiags = analysis.diags.filter((d) => !own.has(d));
      io.stdout(`${JSON.stringify({ file: shown, statements, diagnostics: scriptDiags }, null, 2)}\n`);
    } else {
      for (const [i, s] of analysis.statements.entries()) {
        const at = `${s.range.start.line}:${s.range.start.column}`;
        const parts = [`${String(i + 1).padStart(3)}  ${s.kind.padEnd(20)} ${at.padEnd(8)}`];
        const made = created(s);
        if (made) parts.push(`creates ${made}`);
        if (s.reads.length) parts.push(`reads ${unique(s.reads.map(refName)).join(', ')}`);
        if (s.writes.length) parts.push(`writes ${unique(s.writes.map(refName)).join(', ')}`);
        if (s.functions.length) parts.push(`calls ${unique(s.functions.map(refName)).join(', ')}`);
        io.stdout(`${parts.join('  ')}\n`);
      }
      io.stdout(
        renderDiagnostics(analysis.diags, { color: io.color, sources: new Map([[shown, read.text]]) }),
      );
    }
    return hasErrors(analysis.diags) ? EXIT.error : EXIT.ok;
  },
};

/** The object a CREATE statement makes (a CTAS's table is what it writes, said there). */
function created(s: Statement): string | undefined {
  const def =
    s.kind === 'create_table_as' ? undefined : (s.table ?? s.view ?? s.function ?? s.catalog ?? s.database);
  return def && refName(def.name);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
