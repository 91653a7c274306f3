/**
 * FO705's advice follows what Flink said: a state Flink cannot migrate, too few task slots, or
 * operators that do not map (causes as real Flink 1.20 and 2.3 reported them).
 */
import { describe, expect, it } from 'vitest';
import { unhealthyFix } from '../src/apply/step-util';

describe('what FO705 says to do', () => {
  it('a state Flink cannot migrate: start without state, or from another savepoint', () => {
    const fix = unhealthyFix(
      'counts',
      'job 5be85cc19d387fe321f13681fbd83da4 is restarting (RESTARTING): StateMigrationException: For heap backends, the new state serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer@a9f4b812) must not be incompatible with the old state serializer',
    );
    expect(fix).toContain('cannot read the state it restored');
    expect(fix).toContain('upgradeMode: stateless in jobs/counts.yaml');
    expect(fix).toContain('flinkops savepoints list counts');
  });

  it('a changelog job restored in NO_CLAIM mode (the cluster turned the changelog on): say it in the job config', () => {
    // Real 2.2.0, the rollback of an upgraded rocksdb job with the changelog on.
    const fix = unhealthyFix(
      'totals',
      'job 658cab8986f9f5b08f54a59a5c9bdde8 restarted: IllegalStateException: Configured state backend (org.apache.flink.state.changelog.ChangelogStateBackend@75970dbb) does not support enforcing a full snapshot. If you are restoring in NO_CLAIM mode, please consider choosing CLAIM mode.',
    );
    expect(fix).toContain('changelog state backend');
    expect(fix).toContain('LEGACY mode');
    expect(fix).toContain('set it in jobs/totals.yaml (or defaults.config) too');
    expect(fix).not.toMatch(/Exceptions tab/);
  });

  it('a restore path that is gone (deleted by hand, mistyped): pin another one', () => {
    // Flink 2.2, a resume from a suspend savepoint whose folder was deleted on disk.
    const fix = unhealthyFix(
      'page_users',
      "job 0936ee8263c6665932440f9bfa244849 is FAILED: FileNotFoundException: Cannot find checkpoint or savepoint file/directory 'file:/tmp/sp/savepoint-9c48b7-e295341ed114' on file system 'file'.",
    );
    expect(fix).toContain(
      'Flink cannot find the savepoint or checkpoint it was to restore, file:/tmp/sp/savepoint-9c48b7-e295341ed114',
    );
    expect(fix).toContain('restoreFrom: <path> in jobs/page_users.yaml');
    expect(fix).toContain('flinkops savepoints list page_users');
    expect(fix).not.toMatch(/Exceptions tab/);
  });

  it('too few task slots: free some, add TaskManagers or lower the parallelism', () => {
    const fix = unhealthyFix(
      'counts',
      'job abc is FAILED: NoResourceAvailableException: Could not acquire the minimum required resources.',
    );
    expect(fix).toMatch(/too few free task slots/);
    expect(fix).toMatch(/lower its parallelism/);
  });

  it('a start that timed out waiting for task slots (the adaptive scheduler): the same advice', () => {
    // Real Flink 1.20: every slot held by another project's jobs, the new job CREATED for 300 s.
    const fix = unhealthyFix(
      'clicks',
      'start of job cb3402db did not finish within 300 s (72 checks); it was still CREATED: it waits for task slots, and the cluster has 0 of 12 free (1 TaskManager) where the job needs 1. Stop or suspend another job, or add TaskManagers (or raise taskmanager.numberOfTaskSlots)',
    );
    expect(fix).toMatch(/no free task slot for the job, which needs one/);
    expect(fix).toMatch(/add TaskManagers or raise taskmanager.numberOfTaskSlots/);
    expect(fix).not.toMatch(/lower its parallelism/);
    expect(fix).not.toMatch(/Exceptions tab/);
  });

  it('a job of parallelism 1 Flink failed for want of slots: free slots or add TaskManagers, nothing to lower', () => {
    const cause =
      'job abc is FAILED: NoResourceAvailableException: Could not acquire the minimum required resources.';
    expect(unhealthyFix('counts', cause, undefined, 1)).not.toMatch(/lower its parallelism/);
    expect(unhealthyFix('counts', cause, undefined, 1)).toMatch(/add TaskManagers/);
    expect(unhealthyFix('counts', cause, undefined, 4)).toMatch(/lower its parallelism \(4\)/);
  });

  it('operators that do not map: allowNonRestoredState or stateless', () => {
    const fix = unhealthyFix(
      'counts',
      'job abc is FAILED: IllegalStateException: Failed to rollback to checkpoint/savepoint file:/sp. Cannot map checkpoint/savepoint state for operator 1a2b to the new program',
    );
    expect(fix).toContain('allowNonRestoredState: true in jobs/counts.yaml');
  });

  it('a job that finished by itself (every source bounded): no exception to read, but why it ended', () => {
    // Flink 2.2: a job reading a JDBC catalog's table (a bounded scan) reached FINISHED in seconds.
    const fix = unhealthyFix('copy', 'job 97e82b4573ccba2c8fa6ac90af3e6cf6 is FINISHED');
    expect(fix).not.toMatch(/Exceptions tab/);
    expect(fix).toContain('every table it reads is bounded');
    expect(fix).toContain('jobs/copy.sql');
    // Meant to run once to its end: batch mode makes that end its success.
    expect(fix).toContain('set execution.runtime-mode: batch');
    expect(fix).not.toContain('outside flinkops');
  });

  it('a bounded job that was RUNNING at first and FINISHED during the health check gets the same advice', () => {
    // Flink 2.2: an interval join of two filesystem tables ran for a moment, then FINISHED with no
    // exception; the health check's answer says "went" where the start wait says "is".
    const fix = unhealthyFix('bdl_interval_join', 'job aa033b82aa0a4bfabb99d8cd5faa225c went FINISHED');
    expect(fix).not.toMatch(/Exceptions tab/);
    expect(fix).toContain('every table it reads is bounded');
    expect(fix).toContain('jobs/bdl_interval_join.sql');
  });

  it('a job whose script sets streaming last, over a batch config: setting, is told which SET wins', () => {
    // Flink 1.20: config: {execution.runtime-mode: batch} and SET 'execution.runtime-mode' =
    // 'streaming'; in the SQL: the job ran in streaming mode and ended FINISHED (a JDBC scan).
    const fix = unhealthyFix('city_stats', 'job a917d8667beb0b5bab052990f9dbb846 is FINISHED', 'streaming');
    expect(fix).toContain("sets execution.runtime-mode to 'streaming' last");
    expect(fix).toContain('a SET line in jobs/city_stats.sql comes after the config: settings');
    expect(fix).toContain('remove or change that SET line');
    // No mode set: the plain advice.
    expect(unhealthyFix('city_stats', 'job abc is FINISHED')).not.toContain('last one counts');
  });

  it('anything else: where to read the exception', () => {
    expect(unhealthyFix('counts', 'job abc is FAILED: ArithmeticException: / by zero')).toMatch(
      /Exceptions tab/,
    );
  });
});
