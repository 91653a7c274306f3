// Preloaded into a measured child (`node --import`): writes its peak RSS (KiB) and the CPU time
// it used (user + system, ms) to $FLINKOPS_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.FLINKOPS_BENCH_RSS_FILE;
if (file)
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(file, `${r.maxRSS} ${(r.userCPUTime + r.systemCPUTime) / 1000}`);
  });
