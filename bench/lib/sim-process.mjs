// The simulator in a process of its own (`node dist/cli.js sim`), as a real cluster would be:
// its work does not share the measured process's CPU time or event loop.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './bundle.mjs';

/** Starts `flinkops sim` on free loopback ports; resolves { jobmanagerUrl, sqlGatewayUrl, stop() }. */
export function startSimProcess(extraArgs = []) {
  const child = spawn(
    process.execPath,
    [join(root, 'dist', 'cli.js'), 'sim', '--port', '0', '--gateway-port', '0', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const jm = /FLINKOPS_JOBMANAGER_URL=(\S+)/.exec(buf);
      const gw = /FLINKOPS_SQL_GATEWAY_URL=(\S+)/.exec(buf);
      if (jm && gw)
        resolve({
          jobmanagerUrl: jm[1],
          sqlGatewayUrl: gw[1],
          stop: () =>
            new Promise((done) => {
              child.once('exit', done);
              child.kill('SIGINT');
            }),
        });
    });
    child.on('exit', (code) => reject(new Error(`simulator exited ${code}: ${buf}`)));
  });
}
