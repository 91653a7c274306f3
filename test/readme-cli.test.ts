import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands';

const readmePath = join(import.meta.dirname, '..', 'README.md');
const START = '<!-- cli -->';
const END = '<!-- /cli -->';

/** The README's CLI reference is generated from the commands' own help, so the two never disagree. */
async function cliReference(): Promise<string> {
  const commands = await Promise.all(
    Object.entries(COMMANDS).map(async ([name, { load }]) => [name, await load()] as const),
  );
  const rows = commands.map(([name]) => `| \`flinkops ${name}\` | ${COMMANDS[name]?.summary} |`);
  const blocks = commands.map(([name, c]) => `### flinkops ${name}\n\n\`\`\`text\n${c.help}\n\`\`\``);
  return [
    START,
    '| command | what it does |',
    '| --- | --- |',
    ...rows,
    '',
    ...blocks.flatMap((b) => [b, '']),
    END,
  ].join('\n');
}

describe('README', () => {
  it('documents every CLI command with its current --help (UPDATE_README=1 rewrites it)', async () => {
    const readme = readFileSync(readmePath, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md needs a ${START} … ${END} section`).toBeGreaterThanOrEqual(0);
    const current = end > start ? readme.slice(start, end + END.length) : START;
    const expected = await cliReference();
    if (process.env.UPDATE_README && current !== expected) {
      writeFileSync(
        readmePath,
        readme.replace(current, () => expected),
      );
      return;
    }
    expect(current).toBe(expected);
  });

  it('starts with the two set-up commands: the demo and the tests', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm ci && npm run demo');
    expect(firstBlock).toContain('npm ci && npm test');
  });
});
