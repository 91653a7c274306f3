// Writes src/validate/time-zones.ts: the IANA time zones the running Node's ICU knows, so that
// `validate` checks a schedule's zone without starting ICU. Run it (on the Node 24 of the
// devDependencies: `npm run time-zones`) when that Node's ICU moves; names it lacks still pass
// through ICU, so a stale list is only slower, never wrong.
import { writeFileSync } from 'node:fs';

// ICU's list of canonical zones leaves out UTC itself, the zone users write most.
const zones = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'])]
  .filter((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  })
  .sort();
const lines = [
  '/**',
  ` * IANA time zones of ICU ${process.versions.icu} (tzdata ${process.versions.tz}), written by`,
  ' * scripts/time-zones.mjs. isTimeZone() accepts these without asking ICU.',
  ' */',
  'export const TIME_ZONES: readonly string[] = [',
  ...zones.map((z) => `  '${z}',`),
  '];',
  '',
];
writeFileSync(new URL('../src/validate/time-zones.ts', import.meta.url), lines.join('\n'));
console.log(`src/validate/time-zones.ts: ${zones.length} zones (ICU ${process.versions.icu})`);
