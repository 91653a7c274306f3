import { describe, expect, it } from 'vitest';
import { suggestIdentifier } from './names';

describe('suggestIdentifier', () => {
  it.each([
    ['OrderTotals', 'order_totals'],
    ['my orders', 'my_orders'],
    // Finder's and Explorer's copies of a file.
    ['orders (copy)', 'orders_copy'],
    ['orders copy 2', 'orders_copy_2'],
    // An underscore the user wrote is kept.
    ['Orders_', 'orders_'],
    // café composed (Linux, Windows) and decomposed (macOS file names): one suggestion.
    ['caf\u00e9', 'cafe'],
    ['cafe\u0301', 'cafe'],
    ['Straße', 'stra_e'],
    ['注文', 'my_name'],
  ])('%s → %s', (name, want) => {
    expect(suggestIdentifier(name)).toBe(want);
  });
});
