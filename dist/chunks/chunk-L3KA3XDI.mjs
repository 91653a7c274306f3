
// src/core/interrupt.ts
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
var createInterrupt = (function createInterrupt(source, opts = {}) {
  let received;
  const active = [];
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
    source.stderr(
      section ? `
${sig} received again: stopping at once. The next run finds this run's lock dead and breaks it.
` : `
${sig} received: stopped.
`
    );
    source.exit(SIGNAL_EXIT[sig]);
  };
  source.on("SIGINT", () => onSignal("SIGINT"));
  source.on("SIGTERM", () => onSignal("SIGTERM"));
  return {
    async graceful(notice, fn) {
      const entry = { controller: new AbortController(), notice };
      if (received) entry.controller.abort(received);
      active.push(entry);
      try {
        return await fn(entry.controller.signal);
      } finally {
        active.splice(active.indexOf(entry), 1);
      }
    },
    received: () => received
  };
});
var runGraceful = (async function runGraceful(interrupt, notice, fn) {
  return interrupt ? interrupt.graceful(notice, fn) : fn(new AbortController().signal);
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
