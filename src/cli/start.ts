/** What the entry (bin.ts) loads once the Node version is known to be new enough: one import. */
export { SIGNAL_EXIT } from '../core/interrupt';
export { processIo } from './io';
export { runCli } from './main';
