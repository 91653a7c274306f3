/**
 * The CLI started on a Node older than it needs (an installed package run by a system Node 20)
 * says which Node it needs and how to get one, wherever it is installed, and exits 1 without
 * loading the rest of the bundle.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function startAs(version: string) {
  // bin.ts runs as Node strips its types; the version check comes before any import of the CLI.
  const fake = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
  return spawnSync(process.execPath, ['--import', fake, join(ROOT, 'src/cli/bin.ts'), '--version'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
  });
}

describe('the CLI on an older Node', () => {
  it('names the Node it needs and how to install it, outside the repository too', () => {
    const r = startAs('20.20.2');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('flinkops needs Node.js 22.19 or newer (this is 20.20.2 at ');
    expect(r.stderr).toContain('Install Node.js 24 (https://nodejs.org/en/download, or `nvm install 24`)');
  });

  it('accepts 22.19', () => {
    expect(startAs('22.19.0').stderr).not.toContain('needs Node.js');
  });
});
