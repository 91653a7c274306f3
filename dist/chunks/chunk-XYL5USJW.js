import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// src/cli/interrupt.ts
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
function createInterrupt(source) {
  let received;
  const active = [];
  const onSignal = (sig) => {
    const first = received === void 0;
    received ??= sig;
    const section = active.at(-1);
    if (first && section) {
      source.stderr(`
${sig} received: ${section.notice} Send it again to stop at once.
`);
      section.controller.abort(sig);
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
}
async function runGraceful(interrupt, notice, fn) {
  return interrupt ? interrupt.graceful(notice, fn) : fn(new AbortController().signal);
}

export {
  SIGNAL_EXIT,
  createInterrupt,
  runGraceful
};
