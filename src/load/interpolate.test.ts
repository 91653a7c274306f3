/** biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env.X} and ${secret.X} are flinkops syntax, not template literals. */
import { describe, expect, it } from 'vitest';
import {
  escapeTemplate,
  hasBareDollar,
  resolveSecrets,
  resolveSecretsInValue,
  scanBareDollars,
  scanReferences,
  secretNames,
  substituteEnv,
} from './interpolate';

describe('references', () => {
  it('finds env and secret references, skipping $${ escapes', () => {
    const { refs, bad } = scanReferences(
      "a ${env.BROKERS} b $${env.LITERAL} c '${secret.DB_PW}' ${oops} ${env.unterminated",
    );
    expect(refs.map((r) => `${r.kind}:${r.name}@${r.start}`)).toEqual(['env:BROKERS@2', 'secret:DB_PW@38']);
    expect(bad.map((b) => b.text)).toEqual(['${oops}', '${env.unterminated']);
  });

  it('substitutes env values and keeps secrets and escapes', () => {
    const r = substituteEnv('${env.A}/$${env.A}/${secret.S}/${env.MISSING}', (n) =>
      n === 'A' ? 'x' : undefined,
    );
    expect(r.text).toBe('x/$${env.A}/${secret.S}/');
    expect(r.missing.map((m) => m.name)).toEqual(['MISSING']);
  });

  it('never lets an env value become a secret reference', () => {
    const r = substituteEnv("'${env.A}'", () => escapeTemplate('${secret.ADMIN}'));
    expect(secretNames(r.text)).toEqual([]);
    expect(resolveSecrets(r.text, { ADMIN: 'leak' }).value).toBe("'${secret.ADMIN}'");
  });

  it('lists the secrets a template needs', () => {
    expect(secretNames("'${secret.B}' '${secret.A}' '${secret.B}' $${secret.C}")).toEqual(['A', 'B']);
  });

  it('resolves secrets at apply time, escaped as SQL string content', () => {
    const r = resolveSecrets("'password' = '${secret.PW}', 'x' = '$${literal}'", { PW: "it's" });
    expect(r.value).toBe("'password' = 'it''s', 'x' = '${literal}'");
    expect(r.diags).toEqual([]);
  });

  it('does not re-scan resolved values', () => {
    expect(resolveSecrets('${secret.A}', { A: '${secret.B}', B: 'no' }).value).toBe('${secret.B}');
  });

  it('reports a missing secret and keeps its placeholder', () => {
    const r = resolveSecrets('${secret.NOPE}', () => undefined);
    expect(r.value).toBe('${secret.NOPE}');
    expect(r.diags.map((d) => d.code)).toEqual(['FO113']);
  });

  it('resolves non-SQL values verbatim', () => {
    expect(resolveSecretsInValue('Bearer ${secret.T}', { T: "a'b" }).value).toBe("Bearer a'b");
  });
});

describe('$NAME without braces', () => {
  it('finds each bare $NAME, and the quick check agrees with the scan on every kind of dollar', () => {
    const texts = [
      'servers: $KAFKA_BROKERS',
      '$A at the start',
      'only ${env.KAFKA_BROKERS} and $${escaped}',
      "a JSON path '$.a.b' and a price $5",
      'a$B inside a word, $$C after a dollar',
      'end with a lone $',
      "REGEXP '^x$' then ($_under)",
      '',
    ];
    // The quick check stands in front of the scan: it must say yes wherever the pattern matches.
    for (const t of texts) expect(hasBareDollar(t), t).toBe(/(?<![$\w])\$[A-Za-z_]/.test(t));
    expect(scanBareDollars('x: $KAFKA_BROKERS, y: ${env.Y} $_z').map((d) => d.name)).toEqual([
      'KAFKA_BROKERS',
      '_z',
    ]);
  });
});
