import {
  stateStoreDiagnostics
} from "./chunk-4YCIO2LX.mjs";
import {
  stringOpt
} from "./chunk-WRKTZGKJ.mjs";

// src/cli/force-unlock.ts
var forceUnlockOption = { "force-unlock": { type: "string" } };
var forceUnlockHelp = "  --force-unlock ID      first remove the lock with this id, left by a run that is gone (its id is in the lock message)";
var forceUnlock = (async function forceUnlock(args, io, store, quiet) {
  const id = stringOpt(args, "force-unlock");
  if (id === void 0) return [];
  try {
    const broken = await store.breakLock(id);
    if (!quiet)
      io.stderr(
        broken ? `Removed the lock ${id} of ${broken.who} (${broken.command} on ${broken.host}) since ${broken.since}.
` : `No lock on ${store.location} to remove.
`
      );
    return [];
  } catch (e) {
    const diags = stateStoreDiagnostics(e);
    if (!diags) throw e;
    return diags;
  }
});

export {
  forceUnlockOption,
  forceUnlockHelp,
  forceUnlock
};
