/** Secrets of several lines (a private key, a certificate) are registered line by line too. */
import { describe, expect, it } from 'vitest';
import { SecretMask } from '../action/secrets';

describe('SecretMask', () => {
  it('registers each line of a multi-line secret, so a line logged alone is masked too', () => {
    const registered: string[] = [];
    const mask = new SecretMask({ setSecret: (v) => registered.push(v) });
    const key = '-----BEGIN KEY-----\nMIIEvQIBADANBgkq\r\nhkiG9w0BAQEFAASC\n-----END KEY-----\n';
    mask.add(key);
    expect(registered).toContain(key);
    expect(registered).toEqual(
      expect.arrayContaining(['MIIEvQIBADANBgkq', 'hkiG9w0BAQEFAASC', '-----END KEY-----']),
    );
    expect(mask.mask('line: hkiG9w0BAQEFAASC')).toBe('line: ***');
    // A one-line secret is registered as it is (and in its quoted forms), not split.
    const single: string[] = [];
    new SecretMask({ setSecret: (v) => single.push(v) }).add('pa ss');
    expect(single).toEqual(['pa ss']);
  });

  it('does not register a one- or two-letter value with the runner: it would garble every log line', () => {
    const registered: string[] = [];
    const mask = new SecretMask({ setSecret: (v) => registered.push(v) });
    mask.add('5');
    mask.add('ab');
    mask.add('abc');
    expect(registered).toEqual(['abc']);
    expect(mask.mask('rate 5 ab abc')).toBe('rate 5 ab ***');
  });
});
