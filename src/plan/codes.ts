/** Diagnostic codes of the plan stage (FO61x). Stable: documented for users. */
export const PLAN_CODES = {
  /** Warning: a change an apply rolled back is asked for again, unchanged: it is held, not tried again. */
  rolledBackHeld: 'FO601',
  /** Info: a held rolled-back change is no longer asked for (the repository went back to what runs): apply forgets it. */
  rolledBackReleased: 'FO605',
  /** Warning: a recovery restores older state than the job's last checkpoint, which Flink discarded. */
  recoveryRewinds: 'FO602',
  /** Warning: the jobs a plan starts need more task slots than the cluster will have free. */
  slotsShort: 'FO603',
  /**
   * Warning: a managed job the plan leaves alone is not healthy: RESTARTING or FAILING, or RUNNING
   * between the failures of a restart loop. Flink's root cause and what to do; "No changes, but".
   */
  unhealthy: 'FO606',
  /** Warning: a job the plan leaves alone runs below its parallelism (adaptive scheduler, too few slots). */
  belowParallelism: 'FO607',
  /**
   * Warning: a streaming job with stateful operators starts without checkpointing: every failure
   * restarts it without its state, and an upgrade has no checkpoint to fall back on.
   */
  stateWithoutCheckpoints: 'FO742',
  /** Warning: a change restores the restoreFrom pin, a savepoint retention disposed of (Flink deleted it). */
  pinDisposed: 'FO604',
  /** Error: one managed job runs more than once on the cluster. */
  duplicateJob: 'FO610',
  /** Warning: a deletion is wanted but not allowed. */
  deleteRefused: 'FO611',
  /** Warning: the live job was changed outside flinkops. */
  drift: 'FO612',
  /** Warning: a job is adopted whose script is not known. */
  adoptUnknownScript: 'FO613',
  /** Warning: a resume or recovery has nothing to restore from. */
  noRestorePoint: 'FO614',
  /** Warning: a schedule window could not be evaluated. */
  scheduleNotEvaluated: 'FO615',
  /** Warning: an earlier apply stopped half way through an operation. */
  pendingOperation: 'FO616',
  /** Warning: an upgrade will not restore its state, or drops some of it. */
  stateIncompatible: 'FO617',
  /** Info: a job is in a transitional state; it is left alone this time. */
  transitional: 'FO618',
  /** Warning: a job an earlier apply started has not finished its health check. */
  unverified: 'FO619',
  /** Warning: a job alive but not RUNNING takes no savepoint; apply stops it by cancel from its latest checkpoint. */
  stopByCancel: 'FO625',
  /** Warning: a job runs with flinkops labels, but the state store has no record of it (reset or lost). */
  unrecorded: 'FO626',
  /** A change would restore a checkpoint that the cancel before it deletes (not retained on cancellation). */
  checkpointsNotRetained: 'FO627',
  /**
   * A job waits for task slots (CREATED, RESTARTING): it does not run. Error when a change needs
   * its latest checkpoint and the adaptive scheduler, which shows none while it waits, has it.
   */
  waitingForSlots: 'FO658',
  /**
   * Warning: a job vanished from the cluster (a JobManager restarted without high availability):
   * its recovery restores the newest state the store knows, and newer state Flink forgot may be on disk.
   */
  vanishedState: 'FO659',
  /**
   * Warning: jobs the store records running vanished from a cluster that runs another
   * environment's jobs of the project and none of this one's: the endpoints may be that
   * environment's, and the recoveries would run this environment's jobs twice.
   */
  otherEnvironmentsCluster: 'FO682',
  /**
   * Warning: jobs the store records running are gone from the cluster, and were started through
   * another JobManager endpoint: the environment may point at another cluster now, and the
   * recoveries would run them twice.
   */
  otherEndpoint: 'FO739',
  /**
   * Info: jobs running on the cluster the plan reached have store records without the endpoint
   * they run through (a store written before format 5): apply records it, restarting nothing.
   */
  endpointUnrecorded: 'FO736',
  /**
   * Warning: a resume or recovery passes over savepoints of the job that a newer major Flink release
   * wrote than the cluster runs (it cannot read them), and restores older state.
   */
  newerReleaseSavepoint: 'FO666',
  /**
   * Warning: a job that called a UDF on the release it last ran on restarts on a release that made
   * the UDF's name a built-in: the call runs Flink's function, never the UDF.
   */
  udfBecomesBuiltin: 'FO668',
  /**
   * Warning: a resume or recovery would restore the path its last start failed on because Flink
   * could not find it (deleted, or edited in the store): refused rather than fail the same way.
   */
  restorePointGone: 'FO671',
  /**
   * Warning: an upgrade from a savepoint moves a Kafka source to another topic: the restored
   * KafkaSource goes on reading the partitions of the old one as well.
   */
  kafkaTopicMoved: 'FO672',
  /**
   * Warning: an upgrade from a savepoint changes where a Kafka source starts (`scan.startup.mode`,
   * its offsets or timestamp, the group of `group-offsets`): the restored source resumes from its
   * savepoint's offsets, and the new setting is not used.
   */
  kafkaStartIgnored: 'FO673',
  /**
   * Warning: an upgrade from a savepoint moves an upsert sink (upsert-kafka, jdbc) to another topic
   * or table: the restored operators write only the keys that change again.
   */
  upsertSinkMoved: 'FO674',
  /** Warning: a source column is renamed in a table whose format reads fields by name (json): it reads NULL. */
  fieldRenamed: 'FO675',
  /** Warning: source columns move in a table whose format reads fields by position (csv): they read other fields. */
  fieldMoved: 'FO676',
  /**
   * Warning: a restart runs a changed CREATE ... IF NOT EXISTS of a catalog that keeps its objects:
   * the object exists, so Flink skips the statement and the change never reaches it.
   */
  keptDefinition: 'FO116',
  /** Warning: a deleted job's postgres-cdc sources leave their replication slots (and the WAL they hold) in PostgreSQL. */
  cdcSlotLeft: 'FO679',
  /** Warning: an upgrade from a savepoint points a Flink CDC source at another database table: the sinks keep the old table's rows. */
  cdcTableMoved: 'FO680',
  /**
   * Warning: an upgrade moves a job onto the heap state backend (hashmap) with more state than a
   * tenth of a TaskManager's task heap holds for it: the restore may run the TaskManager out of memory.
   */
  heapStateTooLarge: 'FO685',
  /** Warning: a job is created while a job writing the same table is deleted (a rename): its state does not follow. */
  renamed: 'FO628',
  /** Said by the plan before the deletion is applied (FO7xx: apply carries the deletion out). */
  topicLeftUnwritten: 'FO730',
  /** A targeted plan: said of the changes apply carries out. */
  topicSplitByTarget: 'FO731',
  /** Info: `--replace JOB` names a job that does not run: there is nothing to restart. */
  nothingToReplace: 'FO629',
  /** Warning: a job is created while a job started outside flinkops ended under its name and left state. */
  handJobState: 'FO633',
  /** Warning: a job adopted under the managed name writes other tables than the repository's job. */
  adoptOtherQuery: 'FO634',
  /** Warning: a first plan creates jobs whose names run for another project here (a renamed project?). */
  projectNamesakes: 'FO635',
  /** Warning: a job runs with another max parallelism than the store recorded (an older flinkops did not send it). */
  maxParallelismDrift: 'FO636',
  /** Error: an in-place rescale above the running job's max parallelism, which Flink never reaches. */
  aboveMaxParallelism: 'FO667',
  /** Warning: a job flinkops deployed was replaced by one without labels, started outside it; adopting keeps that. */
  replacedByHand: 'FO638',
  /** Warning: a job alive under a managed name that flinkops never started (no labels, no record) is left alone. */
  unmanaged: 'FO639',
  /** Warning: a deleted job is created again without its final savepoint: its sources start where their startup mode says. */
  createdAgainWithoutState: 'FO693',
  /**
   * Warning: a change would undo what another checkout applied: the job's last change came from a
   * commit this checkout does not contain (behind, or not fetched). Refused.
   */
  olderCheckout: 'FO684',
} as const;

/** Diagnostic codes of policies (FO62x, and FO609): each refuses the change it names. Stable: documented for users. */
export const POLICY_CODES = {
  /** Error: a protected job would be deleted. */
  protectedDelete: 'FO620',
  /** Error: a protected job would be upgraded without its state. */
  protectedStateless: 'FO621',
  /** Warning: a deletion in this environment needs --allow-delete. */
  deleteNeedsFlag: 'FO622',
  /** Error: a job's parallelism is above the environment's maximum. */
  maxParallelism: 'FO623',
  /** Error: an upgrade incompatible with its savepoint (or dropping state), in an environment that refuses those. */
  incompatibleUpgrade: 'FO624',
  /** Error: a rename (movedFrom) of a protected job to a name policy.protectedJobs does not list (FO60x: a plan code). */
  protectedRename: 'FO609',
} as const;
