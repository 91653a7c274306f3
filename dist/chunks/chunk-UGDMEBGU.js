import { createRequire as __flinkopsCreateRequire } from 'node:module';
const require = __flinkopsCreateRequire(import.meta.url);

// flinkops-builtin:node:os
var m = process.getBuiltinModule("node:os");
var node_os_default = m;
var { EOL, arch, availableParallelism, constants, cpus, devNull, endianness, freemem, getPriority, homedir, hostname, loadavg, machine, networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, uptime, userInfo, version } = m;

export {
  node_os_default,
  availableParallelism,
  hostname,
  tmpdir,
  userInfo
};
