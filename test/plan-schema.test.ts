import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, diff } from '../src/plan';
import { planWithEveryAction } from './plan-every-action';
import { desiredJob, desiredState, liveOf, liveState, record, stateDoc } from './plan-fixtures';

const schema = JSON.parse(readFileSync(new URL('../schemas/plan.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const errors = () => JSON.stringify(validate.errors, null, 2);

describe('schemas/plan.schema.json', () => {
  it('accepts the plan with every action, as JSON', () => {
    const plan = JSON.parse(JSON.stringify(planWithEveryAction()));
    expect(validate(plan), errors()).toBe(true);
  });

  it('accepts an offline plan and an empty plan', () => {
    const offline = diff(
      desiredState([desiredJob('a', { parallelism: 4 })]),
      liveState([], { observed: false, fingerprint: 'offline' }),
      { doc: stateDoc({ a: record(desiredJob('a')) }), version: 0 },
      { allowDelete: false },
    );
    expect(validate(offline), errors()).toBe(true);
    const empty = diff(
      desiredState([]),
      liveState([]),
      { doc: stateDoc(), version: 0 },
      { allowDelete: false },
    );
    expect(validate(empty), errors()).toBe(true);
  });

  it('lists exactly the actions of the model', () => {
    expect(schema.$defs.action.enum).toEqual([...ACTION_KINDS]);
    expect(Object.keys(schema.properties.summary.properties)).toEqual([...ACTION_KINDS]);
  });

  it('rejects another format version, an unknown action, an upgrade without its verdict and stray fields', () => {
    const good = JSON.parse(
      JSON.stringify(
        diff(
          desiredState([desiredJob('a', { parallelism: 3 })]),
          liveState([liveOf(desiredJob('a'))]),
          { doc: stateDoc({ a: record(desiredJob('a')) }), version: 1 },
          { allowDelete: false },
        ),
      ),
    );
    expect(validate(good), errors()).toBe(true);
    expect(validate({ ...good, formatVersion: 2 })).toBe(false);
    expect(validate({ ...good, changes: [{ ...good.changes[0], action: 'restart' }] })).toBe(false);
    expect(
      validate({ ...good, changes: [{ ...good.changes[0], action: 'upgrade', strategy: 'savepoint' }] }),
    ).toBe(false);
    expect(validate({ ...good, extra: true })).toBe(false);
    expect(validate({ ...good, changes: [{ ...good.changes[0], rescaleMode: undefined }] })).toBe(false);
  });
});
