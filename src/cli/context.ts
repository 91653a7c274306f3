/** What most commands share: the project directory, the environment, diagnostics output. */

import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { type Diagnostic, hasErrors } from '../core/diagnostics';
import { maskSecrets } from '../core/secrets';
import { insideRepository } from '../load/files';
import { renderDiagnostics } from '../render/diagnostics';
import { type ParsedArgs, stringOpt, UsageError } from './args';
import type { Io } from './io';

export function projectDir(args: ParsedArgs, io: Io): string {
  const dir = stringOpt(args, 'dir') ?? io.env.FLINKOPS_DIR ?? '.';
  return isAbsolute(dir) ? dir : resolve(io.cwd, dir);
}

/**
 * The environment named by --env, else by FLINKOPS_ENV. An empty value names none: a CI variable
 * that is declared but unset, or `--env "$ENV"` with ENV empty, is as if it were not given.
 */
export function givenEnv(args: ParsedArgs, io: Io): string | undefined {
  return stringOpt(args, 'env') || io.env.FLINKOPS_ENV || undefined;
}

/** --env, else FLINKOPS_ENV, else the only environment there is. */
export function chooseEnv(args: ParsedArgs, io: Io, environments: readonly string[]): string {
  const env = givenEnv(args, io);
  if (env !== undefined) return env;
  if (environments.length === 1) return environments[0]!;
  throw new UsageError(
    environments.length
      ? `choose an environment with --env (${environments.join(', ')})`
      : 'flinkops.yaml defines no environments',
  );
}

/** Texts of the files diagnostics point into, for code frames (small files only). */
export function sourcesOf(dir: string, diags: readonly Diagnostic[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of diags) {
    const file = d.range?.file;
    if (!file || out.has(file)) continue;
    try {
      const path = join(dir, file);
      // Never show a line of a file a link out of the repository points at.
      if (!insideRepository(dir, path)) continue;
      const st = statSync(path);
      // A named pipe, socket or device has no lines to show (and a pipe would block the read).
      if (!st.isFile() || st.size > 1024 * 1024) continue;
      out.set(file, readFileSync(path, 'utf8'));
    } catch {
      // A diagnostic about a missing or unreadable file: no frame to show.
    }
  }
  return out;
}

/** Diagnostics to stderr, with code frames; returns whether any is an error. */
export function reportDiagnostics(io: Io, dir: string, diags: readonly Diagnostic[]): boolean {
  if (diags.length) io.stderr(renderDiagnostics(diags, { color: io.color, sources: sourcesOf(dir, diags) }));
  return hasErrors(diags);
}

/** Replaces every secret value in a text (logs, errors) by ***. */
export function mask(text: string, secrets: readonly string[]): string {
  return maskSecrets(text, secrets);
}

/** A diagnostic whose summary and detail say no secret value. */
export function maskDiagnostic<D extends { summary: string; detail: string }>(
  d: D,
  secrets: readonly string[],
): D {
  return { ...d, summary: mask(d.summary, secrets), detail: mask(d.detail, secrets) };
}
