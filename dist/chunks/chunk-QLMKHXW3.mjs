
// src/core/interrupt.ts
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
var LOCK_LEFT = "The next run finds this run's lock dead and breaks it.";
var RELEASE_LIMIT_MS = 3e3;
var createInterrupt = (function createInterrupt(source, opts = {}) {
  let received;
  const active = [];
  const releases = /* @__PURE__ */ new Set();
  const finish = opts.repeat === "finish";
  const onSignal = (sig) => {
    const first = received === void 0;
    received ??= sig;
    const section = active.at(-1);
    if (first && section) {
      source.stderr(
        `
${sig} received: ${section.notice}${finish ? "" : " Send it again to stop at once."}
`
      );
      section.controller.abort(sig);
      return;
    }
    if (finish && section) {
      source.stderr(
        `
${sig} received again: still finishing the step under way, to release the state lock.
`
      );
      return;
    }
    if (first && releases.size > 0) {
      source.stderr(`
${sig} received: closing this run's SQL Gateway sessions, then stopping.
`);
      const all = [...releases].map((release) => release().catch(() => void 0));
      releases.clear();
      let timer;
      const limit = new Promise((resolve) => {
        timer = setTimeout(resolve, opts.releaseLimitMs ?? RELEASE_LIMIT_MS);
      });
      void Promise.race([Promise.all(all), limit]).then(() => {
        clearTimeout(timer);
        source.stderr("Stopped.\n");
        source.exit(SIGNAL_EXIT[sig]);
      });
      return;
    }
    source.stderr(
      section ? `
${sig} received again: stopping at once. ${section.forced}
` : first ? `
${sig} received: stopped.
` : `
${sig} received again: stopped at once.
`
    );
    source.exit(SIGNAL_EXIT[sig]);
  };
  source.on("SIGINT", () => onSignal("SIGINT"));
  source.on("SIGTERM", () => onSignal("SIGTERM"));
  return {
    async graceful(notice, fn, forced = LOCK_LEFT) {
      const entry = { controller: new AbortController(), notice, forced };
      if (received) entry.controller.abort(received);
      active.push(entry);
      try {
        return await fn(entry.controller.signal);
      } finally {
        active.splice(active.indexOf(entry), 1);
      }
    },
    received: () => received,
    onStop(release) {
      releases.add(release);
      return () => releases.delete(release);
    }
  };
});
var runGraceful = (async function runGraceful(interrupt, notice, fn, forced) {
  return interrupt ? interrupt.graceful(notice, fn, forced) : fn(new AbortController().signal);
});
var takeSignals = (function takeSignals() {
  return new Promise((resolve) => setImmediate(resolve));
});

export {
  SIGNAL_EXIT,
  createInterrupt,
  runGraceful,
  takeSignals
};
