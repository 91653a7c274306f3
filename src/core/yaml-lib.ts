/**
 * The parts of the `yaml` library the loaders and the state document use, evaluated on first
 * use. Repository files are read by the fast parser (load/yaml-fast.ts) and a state file by
 * JSON.parse, so the library (some 70 modules, 2–3 ms of every start) is needed only for what
 * the fast path does not take and for locating a problem in a file. In dist/ it is a file of its
 * own (dist/yaml.cjs, see yaml-load-dist.ts), so a command that never needs it does not even read
 * its 260 kB.
 */
import type * as Yaml from 'yaml';
import { loadYaml } from './yaml-load';

let lib: typeof Yaml | undefined;

function yaml(): typeof Yaml {
  lib ??= loadYaml();
  return lib;
}

export const isAlias = ((node: unknown) => yaml().isAlias(node)) as typeof Yaml.isAlias;
export const isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isPair = ((node: unknown) => yaml().isPair(node)) as typeof Yaml.isPair;
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;

export const parseDocument = ((source: string, options?: Parameters<typeof Yaml.parseDocument>[1]) =>
  yaml().parseDocument(source, options)) as typeof Yaml.parseDocument;

/** `visit`, with `visit.BREAK` (and SKIP, REMOVE) read from the library once it is loaded. */
export const visit = Object.defineProperties(
  ((node: Parameters<typeof Yaml.visit>[0], visitor: Parameters<typeof Yaml.visit>[1]) =>
    yaml().visit(node, visitor)) as typeof Yaml.visit,
  {
    BREAK: { get: () => yaml().visit.BREAK },
    SKIP: { get: () => yaml().visit.SKIP },
    REMOVE: { get: () => yaml().visit.REMOVE },
  },
);

export const parse = ((src: string, options?: Parameters<typeof Yaml.parse>[1]) =>
  yaml().parse(src, options as never)) as typeof Yaml.parse;
