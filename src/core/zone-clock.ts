/**
 * The wall clock of a named time zone without ICU. Schedules are evaluated by croner, which reads
 * a zone through `Intl.DateTimeFormat`: the first one in a process loads ICU's locale data, 12-20
 * ms of every plan of a repository with a scheduled job. zone-offsets.json, bundled with this
 * module (no file is read), holds each zone's UTC offsets from 2015 to 2045 as ICU gives them
 * (scripts/time-zones.mjs writes it); the bundle's
 * croner asks here first (scripts/build.mjs) and falls back to ICU for anything this does not
 * answer: an instant outside those years, a zone the file lacks, or a Node whose ICU has other
 * tzdata than the file, so that a schedule reads exactly as ICU would read it.
 */
import table from './zone-offsets.json';

interface ZoneOffsets {
  /** The tzdata version of the ICU the offsets were read from. */
  tz: string;
  /** Minutes since the epoch the histories cover: [from, to). */
  from: number;
  to: number;
  /** The offset at `from`, then `minutes since the previous change:new offset` per change; base 36. */
  histories: string[];
  /** Zone → index of its history. */
  zones: Record<string, number>;
}

/** A zone's offset changes: the first minute of each (epoch minutes) and the offset from then on. */
interface History {
  at: number[];
  offset: number[];
}

const histories = new Map<number, History>();

function history(d: ZoneOffsets, index: number): History {
  let h = histories.get(index);
  if (!h) {
    const [first = '0', ...changes] = d.histories[index]!.split(',');
    h = { at: [d.from], offset: [Number.parseInt(first, 36)] };
    for (const c of changes) {
      const [delta = '', offset = ''] = c.split(':');
      h.at.push(h.at[h.at.length - 1]! + Number.parseInt(delta, 36));
      h.offset.push(Number.parseInt(offset, 36));
    }
    histories.set(index, h);
  }
  return h;
}

/** Minutes east of UTC of `tz` at `ms`, as this Node's ICU says; undefined when only ICU can say. */
export function zoneOffsetMinutes(tz: string, ms: number): number | undefined {
  // Only where this Node's ICU has the tzdata the table was read from.
  const d: ZoneOffsets | undefined = table.tz === process.versions.tz ? table : undefined;
  const index = d?.zones[tz];
  if (!d || index === undefined) return undefined;
  const minute = Math.floor(ms / 60_000);
  if (!(minute >= d.from && minute < d.to)) return undefined;
  const { at, offset } = history(d, index);
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at[mid]! <= minute) lo = mid;
    else hi = mid - 1;
  }
  return offset[lo];
}

/** The date and time on a clock in `tz` at `date` (whole seconds), as croner reads it from ICU. */
export function wallClock(
  tz: string,
  date: Date,
): { y: number; m: number; d: number; h: number; i: number; s: number } | undefined {
  const offset = zoneOffsetMinutes(tz, date.getTime());
  if (offset === undefined) return undefined;
  const w = new Date(date.getTime() + offset * 60_000);
  return {
    y: w.getUTCFullYear(),
    m: w.getUTCMonth() + 1,
    d: w.getUTCDate(),
    h: w.getUTCHours(),
    i: w.getUTCMinutes(),
    s: w.getUTCSeconds(),
  };
}
