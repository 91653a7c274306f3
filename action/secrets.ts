/**
 * Every secret the run touches (token inputs, `${secret.X}` values, auth headers) is registered
 * with the runner (`::add-mask::`) the moment it is known, and replaced by `***` in everything
 * the Action writes itself: comments, the job summary, outputs, annotations, log lines.
 */
import { MIN_SECRET_LENGTH, maskSecrets } from '../src/core/secrets';
import type { SecretSource } from '../src/load';
import type { ActionCore } from './ports';

export class SecretMask {
  private readonly values = new Set<string>();
  /** Masked in what the Action shows, but not secrets of the run (`list()`): see `addShown`. */
  private readonly shown = new Set<string>();

  constructor(private readonly core: Pick<ActionCore, 'setSecret'>) {}

  /**
   * `::add-mask::` for a value long enough to mask: the runner would replace a one- or two-letter
   * value (`FLINKOPS_SECRET_RPS=5`) everywhere in the log, garbling every line, as flinkops' own
   * masking never does (MIN_SECRET_LENGTH).
   */
  private register(value: string): void {
    if (value.length >= MIN_SECRET_LENGTH) this.core.setSecret(value);
  }

  add(value: string | undefined): void {
    if (!value || this.values.has(value)) return;
    this.values.add(value);
    this.register(value);
    // The forms a value takes once quoted in SQL or JSON; and, for a value of several lines (a
    // key, a certificate), each line: the runner masks a log line by line, so a multi-line value
    // is masked only where it appears whole (GitHub's advice: register each line).
    const lines = value.includes('\n')
      ? value
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => l.length >= 4)
      : [];
    for (const v of [value.replaceAll("'", "''"), JSON.stringify(value).slice(1, -1), ...lines])
      if (v !== value && !this.values.has(v)) {
        this.values.add(v);
        this.register(v);
      }
  }

  /**
   * A value that is no secret to flinkops but must not be shown: an `${env.X}` credential option
   * (FO272). Masked in the log, comments, summaries and outputs like a secret; not in `list()`,
   * which apply and the state store treat as secrets (the store refuses a document holding
   * one, and the compiled script it records holds this value).
   */
  addShown(value: string | undefined): void {
    if (!value || this.values.has(value) || this.shown.has(value)) return;
    this.register(value);
    for (const v of [value, value.replaceAll("'", "''"), JSON.stringify(value).slice(1, -1)])
      if (!this.shown.has(v)) {
        this.shown.add(v);
        if (v !== value) this.register(v);
      }
  }

  list(): string[] {
    return [...this.values];
  }

  mask(text: string): string {
    return maskSecrets(text, this.shown.size > 0 ? [...this.values, ...this.shown] : this.values);
  }

  /**
   * `${secret.NAME}` ← FLINKOPS_SECRET_NAME, else NAME (as the CLI), masking each value as it
   * is first read.
   */
  source(env: Readonly<Record<string, string | undefined>>): SecretSource {
    return (name) => {
      const v = env[`FLINKOPS_SECRET_${name}`] ?? env[name];
      this.add(v);
      return v;
    };
  }
}
