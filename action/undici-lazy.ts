/**
 * What @actions/http-client and @actions/github import from 'undici' (a ProxyAgent and fetch,
 * for API calls through a proxy), served by the undici this project depends on:
 * scripts/build.mjs resolves their `undici` to this module. The Action bundle then carries one
 * undici instead of three copies, and evaluates it only when a proxied call is made, not at start.
 */
import type * as Undici from 'undici';

let undici: typeof Undici | undefined;

function load(): typeof Undici {
  // A require(), not import(): ProxyAgent is constructed synchronously. esbuild bundles it.
  undici ??= require('undici') as typeof Undici;
  return undici;
}

export const ProxyAgent = function ProxyAgent(options: Undici.ProxyAgent.Options | string) {
  return new (load().ProxyAgent)(options);
} as unknown as typeof Undici.ProxyAgent;

export const fetch: typeof Undici.fetch = (input, init) => load().fetch(input, init);
