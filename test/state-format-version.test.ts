/**
 * The state store's format version moves with its schema. Every flinkops refuses a store of a
 * higher format version as written by a newer one (FO809: "Upgrade flinkops"), but a property it
 * does not know as a damaged store (FO802, whose advice is to fix the file by hand: removing a
 * newer flinkops' `rolledBack` that way retries a rolled-back change). So a change to what the
 * schema accepts takes a new STATE_FORMAT_VERSION, and this pin with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/core/hash';
import { OLDEST_STATE_FORMAT_VERSION, STATE_FORMAT_VERSION } from '../src/state/model';

/** The schema without its words (descriptions, titles) and in key order: what it accepts. */
function accepted(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(accepted);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== 'description' && k !== 'title' && k !== '$comment')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, accepted(v)]),
  );
}

describe('state store format version', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../schemas/state.schema.json'), 'utf8'));

  it('is the one the schema accepts, with every older version this flinkops reads', () => {
    const versions = schema.$defs.stateDoc.properties.formatVersion.enum;
    const readable = Array.from(
      { length: STATE_FORMAT_VERSION - OLDEST_STATE_FORMAT_VERSION + 1 },
      (_, i) => OLDEST_STATE_FORMAT_VERSION + i,
    );
    expect(versions).toEqual(readable);
  });

  it('changes with what the schema accepts', () => {
    // A new property, another type, a new enum value: give STATE_FORMAT_VERSION the next number,
    // add it to formatVersion's enum in the schema, and pin the new digest under it.
    const PINNED: Record<number, string> = {
      2: '659a9b6a7cbc689fa223328b9c0b9b809d3139cb1888c534eebf6e8d113d5451',
      3: 'c1b7737a0b1b7cf38f1833c63ffadccc33f2b1f5745607e11b4e4ed4d360462e',
      4: '03d9c743e964cc9872f20542e96ecebc6ee2c402476f7e5dc809dfe124d822fb',
      5: '6dc735b88cdde39f20f04bb86d2fb97006c4d458ff88cc50a6017dc4f5718d5e',
    };
    expect({ [STATE_FORMAT_VERSION]: sha256(JSON.stringify(accepted(schema))) }).toEqual({
      [STATE_FORMAT_VERSION]: PINNED[STATE_FORMAT_VERSION],
    });
  });
});
