/**
 * loadYaml in dist/: the `yaml` library is dist/yaml.cjs, a bundle of its own (scripts/build.mjs),
 * outside the module graph, so only a command that parses YAML the fast parser does not take
 * (or locates a problem in a file) reads and compiles it.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Yaml from 'yaml';

export function loadYaml(): typeof Yaml {
  // This module is bundled into dist/ or dist/chunks/; yaml.cjs sits in dist/.
  const here = new URL('.', import.meta.url);
  const dist = /\/chunks\/$/.test(here.pathname) ? new URL('..', here) : here;
  return createRequire(import.meta.url)(fileURLToPath(new URL('yaml.cjs', dist))) as typeof Yaml;
}
