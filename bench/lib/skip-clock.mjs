// A clock for benchmarks of long cluster operations: real time, except that once every task
// is waiting on the clock (no cluster or store call in flight, nothing else happening for 2 ms)
// it jumps to the earliest wake-up. The cluster's seconds-long savepoints and starts then cost
// no wall time, while the caller's own work (CPU, disk, fsync) still costs what it costs.
export class SkipClock {
  constructor(t0) {
    this.base = t0;
    this.realAt = performance.now();
    this.sleepers = [];
    this.inflight = 0;
    this.activity = 0;
    this.timer = undefined;
    this.skippedMs = 0;
  }
  now() {
    return this.base + (performance.now() - this.realAt);
  }
  sleep(ms, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      this.sleepers.push({ at: this.now() + Math.max(0, ms), resolve });
      this.touch();
    });
  }
  /** Something happened: wait for 2 ms of quiet before wake-ups are due or time jumps. */
  touch() {
    this.activity++;
    if (this.timer) return;
    const seen = this.activity;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.sleepers.length === 0) return;
      if (this.activity !== seen || this.inflight > 0) {
        this.wakeDue();
        return this.touch();
      }
      this.sleepers.sort((a, b) => a.at - b.at);
      const jump = this.sleepers[0].at - this.now();
      if (jump > 0) {
        this.base += jump;
        this.skippedMs += jump;
      }
      this.wakeDue();
      this.touch();
    }, 2);
  }
  wakeDue() {
    const now = this.now();
    const due = this.sleepers.filter((s) => s.at <= now);
    if (due.length === 0) return;
    this.sleepers = this.sleepers.filter((s) => s.at > now);
    for (const s of due) s.resolve();
  }
  /** Wraps an object's async methods so the clock does not jump while one of them runs. */
  track(target, skip = []) {
    return new Proxy(target, {
      get: (t, prop, receiver) => {
        const v = Reflect.get(t, prop, receiver);
        if (typeof v !== 'function' || skip.includes(prop)) return v;
        return async (...a) => {
          this.inflight++;
          this.touch();
          try {
            return await v.apply(t, a);
          } finally {
            this.inflight--;
            this.touch();
          }
        };
      },
    });
  }
}
