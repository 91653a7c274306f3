import { describe, expect, it } from 'vitest';
import { formatLabels } from '../src/apply';
import { parseMapOption } from '../src/sim/config-keys';

describe('labels survive Flink’s map parser (pipeline.global-job-parameters)', () => {
  const cases: Record<string, string>[] = [
    { 'flinkops.spec-hash': 'abc123', 'flinkops.commit': 'c0ffee' },
    { 'flinkops.commit': 'a:b,c' },
    { 'flinkops.commit': "it's" },
    { 'flinkops.commit': 'say "hi"' },
    { 'flinkops.commit': ' padded ' },
    { 'flinkops.commit': '' },
    { 'a:b': "c,d:'e'" },
  ];
  for (const labels of cases) {
    it(JSON.stringify(labels), () => {
      for (const version of ['1.16', '1.20', '2.3'] as const)
        expect(parseMapOption(formatLabels(labels), version)).toEqual(labels);
    });
  }
});
