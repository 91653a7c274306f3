/** The lock record every backend writes and reads back: how it is made and how a stored one is checked. */
import { randomHex } from '../core/hash';
import type { LockInfo, LockOwner } from './store';

/** A fresh lock for `owner`, valid `ttlMs` from `now`; `host` is used when the owner names none. */
export function newLockInfo(
  owner: LockOwner,
  now: number,
  ttlMs: number,
  defaults: { host: string; pid?: number; pidStart?: string },
): LockInfo {
  return {
    id: randomHex(8),
    who: owner.who,
    command: owner.command,
    host: owner.host ?? defaults.host,
    ...(defaults.pid !== undefined ? { pid: defaults.pid } : {}),
    ...(defaults.pidStart !== undefined ? { pidStart: defaults.pidStart } : {}),
    ...(owner.run ? { run: owner.run } : {}),
    since: new Date(now).toISOString(),
    expires: new Date(now + ttlMs).toISOString(),
  };
}

/** A stored lock, or undefined when the text is not a well-formed one (hand-edited, half-written). */
export function parseLockInfo(text: string): LockInfo | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    const strings = [v.id, v.who, v.command, v.host, v.since, v.expires];
    if (!strings.every((s) => typeof s === 'string')) return undefined;
    if (Number.isNaN(Date.parse(v.since!)) || Number.isNaN(Date.parse(v.expires!))) return undefined;
    return v as LockInfo;
  } catch {
    return undefined;
  }
}
