/**
 * What @actions/http-client and @actions/github import from 'undici' (a ProxyAgent and fetch,
 * for API calls through a proxy), served by the undici this project depends on:
 * scripts/build.mjs resolves their `undici` to this module. The Action bundle then carries one
 * undici instead of three copies, and loads it only when a proxied call is made, not at start:
 * it is dist/undici.cjs, a bundle of its own (scripts/build.mjs), so a start does not even parse
 * its 1.4 MB.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Undici from 'undici';

let undici: typeof Undici | undefined;

function load(): typeof Undici {
  // A require(), not import(): ProxyAgent is constructed synchronously. This module is bundled
  // into dist/ or dist/chunks/; undici.cjs sits in dist/.
  if (!undici) {
    const here = new URL('.', import.meta.url);
    const dist = /\/chunks\/$/.test(here.pathname) ? new URL('..', here) : here;
    undici = createRequire(import.meta.url)(fileURLToPath(new URL('undici.cjs', dist))) as typeof Undici;
  }
  return undici;
}

export const ProxyAgent = function ProxyAgent(options: Undici.ProxyAgent.Options | string) {
  return new (load().ProxyAgent)(options);
} as unknown as typeof Undici.ProxyAgent;

export const fetch: typeof Undici.fetch = (input, init) => load().fetch(input, init);
