import { describe, expect, it } from 'vitest';
import { buildStreamGraph, buildVertices, hashOptions, type TableInfo } from './job-graph';

const TABLES: Record<string, TableInfo> = {
  src: {
    fqn: 'default_catalog.default_database.src',
    columns: ['id', 'city', 'v'],
    options: { connector: 'datagen' },
    watermark: false,
    primaryKey: [],
  },
  snk: {
    fqn: 'default_catalog.default_database.snk',
    columns: ['city', 'c'],
    options: { connector: 'blackhole' },
    watermark: false,
    primaryKey: [],
  },
  snk2: {
    fqn: 'default_catalog.default_database.snk2',
    columns: ['city', 'id', 'c'],
    options: { connector: 'blackhole' },
    watermark: false,
    primaryKey: [],
  },
};

function vertices(sqls: string[], config: Record<string, string> = { 'parallelism.default': '2' }) {
  const graph = buildStreamGraph({
    inserts: sqls.map((text) => ({ sink: [/INTO\s+(\w+)/i.exec(text)![1]!], text })),
    table: (parts) => TABLES[parts[parts.length - 1]!],
    views: () => undefined,
    config,
  });
  return {
    graph,
    vertices: buildVertices(graph, hashOptions(config, { src: { connector: 'datagen' } }), 128),
  };
}

describe('job graph', () => {
  it('gives the vertex ids a real Flink 1.20 job had', () => {
    const { vertices: v } = vertices(['INSERT INTO snk SELECT city, COUNT(*) FROM src GROUP BY city']);
    expect(v.map((x) => x.id)).toEqual([
      'cbc357ccb763df2852fee8c4fc7d55f2',
      '90bea66de1c231edf33913ecd54406c1',
    ]);
    const two = vertices([
      'INSERT INTO snk SELECT city, COUNT(*) FROM (SELECT DISTINCT city, id FROM src) GROUP BY city',
    ]);
    expect(two.vertices.map((x) => x.id)).toEqual([
      'cbc357ccb763df2852fee8c4fc7d55f2',
      '90bea66de1c231edf33913ecd54406c1',
      'dc2290bb6f8f5cd2bd425368843494fe',
    ]);
  });
});
