#!/usr/bin/env node

// src/cli/bin.ts
import module from "node:module";
import { join } from "node:path";
var compileCacheDir = (function compileCacheDir() {
  if (process.platform === "win32") return void 0;
  const env = process.env;
  const tmp = env.TMPDIR || env.TMP || env.TEMP || "/tmp";
  return join(tmp.length > 1 && tmp.endsWith("/") ? tmp.slice(0, -1) : tmp, "node-compile-cache");
});
var [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || major === 22 && minor < 19) {
  process.stderr.write(
    `flinkops needs Node.js 22.19 or newer (this is ${process.versions.node} at ${process.execPath}).
Install Node.js 24 (https://nodejs.org/en/download, or \`nvm install 24\`) and run flinkops with it:
the GitHub Action runs on node24 already. Inside the flinkops repository, \`npx flinkops \u2026\` runs it
on the Node 24 of its \`node\` devDependency.
`
  );
  process.exitCode = 1;
} else {
  module.enableCompileCache?.(compileCacheDir());
  const { processIo, runCli, SIGNAL_EXIT } = await import("./chunks/start-MV7BAYSZ.mjs");
  const io = processIo();
  try {
    const code = await runCli(process.argv.slice(2), io);
    await new Promise((resolve) => setImmediate(resolve));
    const signal = io.interrupt?.received();
    process.exitCode = signal ? SIGNAL_EXIT[signal] : code;
  } catch (e) {
    io.stderr(`flinkops: ${e instanceof Error ? e.message : String(e)}
`);
    process.exitCode = 1;
  }
}
