// Writes what the running Node's ICU says about time zones, so that commands need not start ICU
// (its first use in a process costs 12-20 ms of locale data):
// - src/validate/time-zones.ts: the IANA zones it knows, for `validate` to check a schedule's
//   zone. Names it lacks still pass through ICU, so a stale list is only slower, never wrong.
// - src/core/zone-offsets.json: each zone's UTC offsets from 2015 to 2045, for schedules to be
//   evaluated without ICU (src/core/zone-clock.ts). Used only by a Node whose ICU has the same
//   tzdata version, so a schedule reads exactly as ICU would read it.
// Run it on the Node 24 of the devDependencies (`npm run time-zones`, about a minute) when that
// Node's ICU moves: test/zone-clock.test.ts fails until then.
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

const MINUTE = 60_000;
const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2045, 0, 1);
/** Offsets are sampled this far apart; no zone changes its offset twice within 6 hours. */
const STEP = 6 * 3_600_000;
const formats = new Map();
/** ICU's offset of `tz` at `t` (ms, on a whole second), in seconds. */
function offsetSeconds(tz, t) {
  let f = formats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      ...{
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      },
    });
    formats.set(tz, f);
  }
  const p = {};
  for (const x of f.formatToParts(new Date(t))) p[x.type] = Number(x.value);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - t) / 1000;
}
/** Minutes, refusing an offset or a change that is not on a whole minute. */
function minutes(seconds, what) {
  if (seconds % 60 !== 0) throw new Error(`${what}: ${seconds} s is not a whole minute`);
  return seconds / 60;
}
const histories = [];
const historyIndex = new Map();
const zoneHistory = {};
for (const tz of zones) {
  let prev = offsetSeconds(tz, FROM);
  const parts = [minutes(prev, `${tz} offset`).toString(36)];
  let last = FROM;
  for (let t = FROM + STEP; t < TO; t += STEP) {
    const o = offsetSeconds(tz, t);
    if (o === prev) continue;
    // The first minute of the new offset.
    let lo = t - STEP;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetSeconds(tz, mid) === prev) lo = mid;
      else hi = mid;
    }
    if (offsetSeconds(tz, hi - 1000) !== prev || offsetSeconds(tz, hi) !== o)
      throw new Error(`${tz}: the change near ${new Date(hi).toISOString()} is not on a whole minute`);
    parts.push(`${((hi - last) / MINUTE).toString(36)}:${minutes(o, `${tz} offset`).toString(36)}`);
    last = hi;
    prev = o;
  }
  const history = parts.join(',');
  if (!historyIndex.has(history)) {
    historyIndex.set(history, histories.length);
    histories.push(history);
  }
  zoneHistory[tz] = historyIndex.get(history);
}
const data = {
  comment: 'Written by scripts/time-zones.mjs; read by src/core/zone-clock.ts.',
  tz: process.versions.tz,
  icu: process.versions.icu,
  from: FROM / MINUTE,
  to: TO / MINUTE,
  histories,
  zones: zoneHistory,
};
writeFileSync(
  new URL('../src/core/zone-offsets.json', import.meta.url),
  `${JSON.stringify(data, null, 2)}\n`,
);
console.log(
  `src/core/zone-offsets.json: ${histories.length} offset histories of ${zones.length} zones, 2015-2045`,
);
