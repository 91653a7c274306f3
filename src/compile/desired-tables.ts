/** The desired state of a project's tables, and of the tables a job's script creates and uses. */

import type { Diagnostic } from '../core/diagnostics';
import { KAFKA_CONNECTORS, kafkaTopicKeys, TOPIC_KEY_OPTIONS } from '../core/kafka-topic';
import type { TableDef } from '../sql';
import type { LocalTable, Project, ProjectTable } from '../validate';
import type { DesiredLocalTable, DesiredTable } from './model';
import { type EnvLookup, sqlLiteralLookup, substitute, substituteDeep } from './resolve';
import { checkSubstitutedFragments } from './substituted-fragments';
import { checkSubstituted } from './substituted-sql';
import { makeTemporary, tableDdl, tableOptions } from './table-ddl';

export function compileTable(
  project: Project,
  t: ProjectTable,
  env: string,
  lookup: EnvLookup,
  diags: Diagnostic[],
): DesiredTable | undefined {
  const flinkVersion = project.config?.flinkVersion;
  const base = { name: t.name, file: t.file, objectKind: t.objectKind };
  if (t.format === 'sql') {
    if (!t.statement) return undefined;
    const sqlLookup = sqlLiteralLookup(lookup);
    const text = substitute(t.statement.text, sqlLookup);
    if (text !== t.statement.text)
      checkSubstituted(
        t.statement,
        text,
        sqlLookup,
        { sqlFile: t.file, env, flinkVersion, range: t.statement.range },
        diags,
      );
    const topics = t.statement.table ? ddlTopicKeys(t.statement.table, lookup) : [];
    return {
      ...base,
      ddl: makeTemporary(text),
      range: t.statement.range,
      ...(topics.length > 0 ? { topics } : {}),
    };
  }
  if (!t.spec) return undefined;
  const overrides = project.config?.environments[env]?.tables?.[t.name]?.with ?? {};
  const spec = substituteDeep(t.spec, lookup);
  checkSubstitutedFragments(project, t, spec, env, diags);
  const options = tableOptions(spec, substituteDeep(overrides, lookup));
  const connector = options.connector ?? spec.connector;
  const topics = kafkaTopicKeys(connector, options);
  return {
    ...base,
    kind: spec.kind,
    connector,
    options,
    ...(topics.length > 0 ? { topics } : {}),
    ddl: tableDdl(t.name, spec, options),
  };
}

/**
 * The topic keys of a CREATE TABLE's options, as `lookup` resolves them: only a Kafka table has
 * any, and only the options they read are resolved.
 */
function ddlTopicKeys(def: TableDef, lookup: EnvLookup): string[] {
  const connector = def.options.connector;
  if (connector === undefined) return [];
  const named = connector.includes('${') ? substitute(connector, lookup) : connector;
  if (!KAFKA_CONNECTORS.has(named.trim().toLowerCase())) return [];
  return kafkaTopicKeys(
    undefined,
    Object.fromEntries(
      TOPIC_KEY_OPTIONS.flatMap((k) => {
        const v = def.options[k];
        return v === undefined ? [] : [[k, v.includes('${') ? substitute(v, lookup) : v]];
      }),
    ),
  );
}

/** The tables a job's script creates and uses, with their topics in this environment. */
export function localTablesOf(tables: readonly LocalTable[], lookup: EnvLookup): DesiredLocalTable[] {
  return tables.map((t) => {
    const topics = t.statement.table ? ddlTopicKeys(t.statement.table, lookup) : [];
    return {
      name: t.name,
      ...(t.read ? { read: true as const } : {}),
      ...(t.written ? { written: true as const } : {}),
      ...(topics.length > 0 ? { topics } : {}),
    };
  });
}
