/** Process entry point of the `flinkops` binary (bundled to dist/cli.js). */
import module from 'node:module';
import { join } from 'node:path';

/**
 * Node's default compile cache directory, `os.tmpdir()`/node-compile-cache, without loading `os`
 * (which Node loads to find it): the same rule on Linux and macOS; elsewhere Node's own default.
 */
function compileCacheDir(): string | undefined {
  if (process.platform === 'win32') return undefined;
  const env = process.env;
  const tmp = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  return join(tmp.length > 1 && tmp.endsWith('/') ? tmp.slice(0, -1) : tmp, 'node-compile-cache');
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `flinkops needs Node.js 22.19 or newer (this is ${process.versions.node} at ${process.execPath}).\n` +
      'Install Node.js 24 (https://nodejs.org/en/download, or `nvm install 24`) and run flinkops with it:\n' +
      'the GitHub Action runs on node24 already. Inside the flinkops repository, `npx flinkops …` runs it\n' +
      'on the Node 24 of its `node` devDependency.\n',
  );
  process.exitCode = 1;
} else {
  // Node keeps the compiled code of the modules loaded below in its cache directory (the
  // system temp dir unless NODE_COMPILE_CACHE says otherwise; NODE_DISABLE_COMPILE_CACHE=1
  // turns it off), so later runs skip compiling the bundle: tens of milliseconds a command.
  module.enableCompileCache?.(compileCacheDir());
  // Imported only after the version check, so an older Node gets the message above, not a load error.
  const { processIo, runCli, SIGNAL_EXIT } = await import('./start');
  const io = processIo();
  try {
    const code = await runCli(process.argv.slice(2), io);
    // A signal that came while the command computed without a pause is handled at the event
    // loop's next turn: take it, before the process ends as if nothing came (interrupt.ts).
    await new Promise((resolve) => setImmediate(resolve));
    // A run a signal stopped ends as the signal would have ended it (130/143), whatever it did.
    const signal = io.interrupt?.received();
    process.exitCode = signal ? SIGNAL_EXIT[signal] : code;
  } catch (e) {
    io.stderr(`flinkops: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
