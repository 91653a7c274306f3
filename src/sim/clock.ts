/**
 * Simulator time. Everything that "takes time" in Flink (start-up, savepoints,
 * checkpoints, retention) is an event on this scheduler, so tests step virtual
 * time with `advance(ms)` and never sleep; the CLI uses real time.
 */

/** A source of the current time in epoch milliseconds. */
export interface SimClock {
  now(): number;
}

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export interface TimerHandle {
  cancel(): void;
}

export class Scheduler {
  private readonly timers: Timer[] = [];
  private seq = 0;
  /** While events run, "now" is the event's own time, not the target of advance(). */
  private current: number | undefined;
  private virtualNow: number;

  constructor(
    private readonly source: SimClock | undefined,
    startMs: number,
  ) {
    this.virtualNow = startMs;
  }

  get isVirtual(): boolean {
    return this.source === undefined;
  }

  now(): number {
    if (this.current !== undefined) return this.current;
    return this.source ? this.source.now() : this.virtualNow;
  }

  at(at: number, fn: () => void): TimerHandle {
    const t: Timer = { at, seq: this.seq++, fn, cancelled: false };
    // Binary insertion keeps the queue ordered by (at, seq).
    let lo = 0;
    let hi = this.timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.timers[mid]!;
      if (m.at < at || (m.at === at && m.seq < t.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.timers.splice(lo, 0, t);
    return {
      cancel: () => {
        t.cancelled = true;
      },
    };
  }

  after(ms: number, fn: () => void): TimerHandle {
    return this.at(this.now() + Math.max(0, ms), fn);
  }

  /** Runs every event due by `until` (default: the clock's now), in time order. */
  runDue(until?: number): void {
    const limit = until ?? (this.source ? this.source.now() : this.virtualNow);
    while (this.timers.length > 0 && this.timers[0]!.at <= limit) {
      const t = this.timers.shift()!;
      if (t.cancelled) continue;
      this.current = Math.max(t.at, this.current ?? Number.NEGATIVE_INFINITY);
      try {
        t.fn();
      } finally {
        this.current = undefined;
      }
    }
  }

  /** Virtual time only: moves the clock forward, running events on the way. */
  advance(ms: number): void {
    if (!this.isVirtual) throw new Error('advance() needs the virtual clock');
    const target = this.virtualNow + Math.max(0, ms);
    while (this.timers.length > 0 && this.timers[0]!.at <= target) {
      const next = this.timers[0]!.at;
      this.virtualNow = Math.max(this.virtualNow, next);
      this.runDue(next);
    }
    this.virtualNow = target;
  }

  pending(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }
}

/** Deterministic PRNG (mulberry32), so fault rates and ids repeat run to run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` hex characters from a PRNG. */
export function randomHex(rand: () => number, n: number): string {
  let s = '';
  while (s.length < n)
    s += Math.floor(rand() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return s.slice(0, n);
}

/** A UUID-shaped string from a PRNG (gateway handles). */
export function randomUuid(rand: () => number): string {
  const h = randomHex(rand, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
