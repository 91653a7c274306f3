// Preloaded into a measured child (`node --import`): writes its peak RSS (KiB) to
// $FLINKOPS_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.FLINKOPS_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
