/**
 * Loads the `yaml` library (synchronously: its callers are). From the sources, node_modules'
 * copy; scripts/build.mjs puts yaml-load-dist.ts in this module's place in dist/.
 */
import type * as Yaml from 'yaml';

export function loadYaml(): typeof Yaml {
  return require('yaml') as typeof Yaml;
}
