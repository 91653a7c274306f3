/**
 * Simulated process death for the crash tests, kept out of the code under test: a hook throws
 * `CrashError`, and from then on the store the run was given answers nothing (a dead process
 * writes nothing and releases nothing), so the lock stays behind as a killed process leaves it.
 */
import type { StateStore } from '../../src/state/store';

export class CrashError extends Error {
  constructor(message = 'simulated crash') {
    super(message);
    this.name = 'CrashError';
  }
}

/**
 * `store` as a mortal process sees it, and the hook wrapper that kills it: once `hook` throws a
 * `CrashError`, every later call on the returned store is refused with that error.
 */
export function mortal(store: StateStore): {
  store: StateStore;
  hook<E>(onEvent: ((e: E) => void) | undefined): (e: E) => void;
} {
  let death: CrashError | undefined;
  const proxy = new Proxy(store, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) =>
        death ? Promise.reject(death) : (v as (...a: unknown[]) => unknown).apply(target, args);
    },
  });
  return {
    store: proxy,
    hook: (onEvent) => (e) => {
      try {
        onEvent?.(e);
      } catch (err) {
        if (err instanceof CrashError) death = err;
        throw err;
      }
    },
  };
}
