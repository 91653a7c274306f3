import { describe, expect, it } from 'vitest';
import { interval } from './table-ddl';

describe('watermark delay', () => {
  it('compiles to an interval Flink takes: a precision past 2 digits, milliseconds as seconds', () => {
    // Flink 2.2 refuses INTERVAL '120' SECOND ("Interval field value 120 exceeds precision of
    // SECOND(2) field") and INTERVAL '500' MILLISECOND ("Encountered "MILLISECOND""); it takes these.
    expect(interval('5 SECOND')).toBe("INTERVAL '5' SECOND");
    expect(interval('90 SECONDS')).toBe("INTERVAL '90' SECOND");
    expect(interval('120 SECOND')).toBe("INTERVAL '120' SECOND(3)");
    expect(interval('100 MINUTES')).toBe("INTERVAL '100' MINUTE(3)");
    expect(interval('500 MILLISECOND')).toBe("INTERVAL '0.500' SECOND");
    expect(interval('1500 MILLISECONDS')).toBe("INTERVAL '1.500' SECOND");
    expect(interval('150000 MILLISECOND')).toBe("INTERVAL '150.000' SECOND(3)");
    expect(interval('5 MILLISECOND')).toBe("INTERVAL '0.005' SECOND");
  });
});
