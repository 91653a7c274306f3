// Generates the README's GitHub Action section (between <!-- action --> markers) from action.yml.
// `node scripts/action-docs.mjs` rewrites README.md; `--check` exits 1 when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action -->';
const END = '<!-- /action -->';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .trim();

export function actionSection(spec) {
  const lines = [
    START,
    '',
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...Object.entries(spec.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
    ),
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(spec.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
    '',
    END,
  ];
  return lines.join('\n');
}

export function updateReadme(readme, spec) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} section`);
  return readme.slice(0, a) + actionSection(spec) + readme.slice(b + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const spec = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const next = updateReadme(readme, spec);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is out of date with action.yml: run node scripts/action-docs.mjs');
      process.exit(1);
    }
  } else writeFileSync(path, next);
}
