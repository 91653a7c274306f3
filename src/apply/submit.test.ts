import { describe, expect, it } from 'vitest';
import { analyzeScript } from '../sql/analyze';
import { scriptSettings } from '../sql/script-settings';
import { formatLabels, labelsFor, secretValuesOf } from './submit';

const scriptConfig = (script: string) => scriptSettings(analyzeScript(script, 'script.sql').statements);

describe('submission helpers', () => {
  it('writes labels as k:v pairs without spaces (README §5), quoting what would split', () => {
    expect(formatLabels(labelsFor('shop', 'prod', 'orders', 'abc123', 'c0ffee'))).toBe(
      'flinkops.spec-hash:abc123,flinkops.commit:c0ffee,flinkops.project:shop,flinkops.env:prod,flinkops.job:orders',
    );
    expect(formatLabels({ k: 'a:b,c' })).toBe("'k:''a:b,c'''");
  });

  it('reads SET lines as the job configuration', () => {
    const script = "SET 'a' = '1';\nSET 'b' = '2';\nRESET 'a';\nINSERT INTO t SELECT 1;\n";
    expect(scriptConfig(script)).toEqual({ b: '2' });
  });

  it('finds the values of the secrets a script uses, not escaped placeholders', () => {
    const script = "WITH ('password' = '${secret.PW}', 'x' = '$${secret.NOT}')";
    expect(secretValuesOf(script, { PW: 'hunter2', NOT: 'nope' })).toEqual(['hunter2']);
  });
});
