import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from '../../src/lib/glossary-match.ts';

type Extra = { notAfter?: string[]; notBefore?: string[] };
const term = (id: string, zh: string, en: string, aliases: string[] = [], extra: Extra = {}) => ({ id, data: { id, zh, en, aliases, ...extra } });
const matcher = glossaryMatcher([
  term('backpressure', '反压', 'backpressure', ['背压', 'back pressure']),
  term('ha', '高可用', 'high availability', ['HA', '高可用性']),
  term('availability', '可用性', 'availability', [], { notAfter: ['高', 'high'] }),
  term('lakehouse', '湖仓一体', 'lakehouse'),
  term('barrier-alignment', 'Barrier 对齐', 'barrier alignment', ['aligned checkpoint', '对齐 checkpoint'], { notAfter: ['非', '不'] }),
  term('serialization', '序列化', 'serialization', [], { notAfter: ['反'] }),
  term('deserialization', '反序列化', 'deserialization'),
  term('parallelism', '并行度', 'parallelism', ['并发'], { notAfter: ['高'] }),
  term('batch-processing', '批处理', 'batch processing', ['batch']),
  term('latency', '延迟', 'latency', [], { notBefore: ['数据'] }),
  term('operator', '算子', 'operator', [], { notAfter: ['Kubernetes'] }),
  term('incremental', '增量', 'incremental'),
  term('snapshot', '快照', 'snapshot'),
  term('incremental-snapshot', '增量快照', 'incremental snapshot'),
  term('data-warehouse', '数仓', 'data warehouse'),
  term('real-time-data-warehouse', '实时数仓', 'real-time data warehouse'),
]);

describe('glossaryMatcher', () => {
  it('finds a term by its Chinese form, its English form or an alias', () => {
    expect(matcher.termsIn('作业出现反压')).toEqual(['backpressure']);
    expect(matcher.termsIn('Checkpoint under Backpressure')).toEqual(['backpressure']);
    expect(matcher.termsIn('背压严重')).toEqual(['backpressure']);
    expect(matcher.termsIn('back-pressure on the sink')).toEqual(['backpressure']);
  });

  it('matches Latin forms as whole words only', () => {
    expect(matcher.termsIn('that is all')).toEqual([]);
    expect(matcher.termsIn('JobManager HA 依赖 ZooKeeper')).toEqual(['ha']);
    expect(matcher.termsIn('batches of rows')).toEqual([]);
  });

  it('does not match a Latin form inside a hyphen-joined word', () => {
    expect(matcher.termsIn('开启 mini-batch 优化')).toEqual([]);
    expect(matcher.termsIn('batch-stream unification')).toEqual([]);
    expect(matcher.termsIn('a batch job')).toEqual(['batch-processing']);
  });

  it('matches Chinese forms inside running text', () => {
    expect(matcher.termsIn('基于湖仓一体的架构，避免反压')).toEqual(['backpressure', 'lakehouse']);
  });

  it('does not match a form at the start or middle of a longer form of another term', () => {
    expect(matcher.termsIn('增量快照上传更快')).toEqual(['snapshot', 'incremental-snapshot']);
    expect(matcher.termsIn('增量计算')).toEqual(['incremental']);
  });

  it('carries the last word of a longer form: a Chinese compound names a kind of it', () => {
    expect(matcher.termsIn('实时数仓的分层')).toEqual(['data-warehouse', 'real-time-data-warehouse']);
    expect(matcher.termsIn('real-time data warehouse')).toEqual(['data-warehouse', 'real-time-data-warehouse']);
  });

  it('does not match a longer form’s last word where a blocking prefix makes it another word', () => {
    expect(matcher.termsIn('反序列化开销大')).toEqual(['deserialization']);
    expect(matcher.termsIn('序列化开销大')).toEqual(['serialization']);
    expect(matcher.termsIn('JobManager 的高可用性')).toEqual(['ha']);
    expect(matcher.termsIn('high availability for the JobManager')).toEqual(['ha']);
    expect(matcher.termsIn('作业可用性')).toEqual(['availability']);
  });

  it('does not match a form after a blocking prefix or before a blocking suffix', () => {
    expect(matcher.termsIn('非对齐 Checkpoint')).toEqual([]);
    expect(matcher.termsIn('不对齐 checkpoint')).toEqual([]);
    expect(matcher.termsIn('Unaligned Checkpoint')).toEqual([]);
    expect(matcher.termsIn('对齐 checkpoint 在反压下很慢')).toEqual(['backpressure', 'barrier-alignment']);
    expect(matcher.termsIn('aligned checkpoint')).toEqual(['barrier-alignment']);
    expect(matcher.termsIn('扛得住高并发')).toEqual([]);
    expect(matcher.termsIn('把并发调大')).toEqual(['parallelism']);
    expect(matcher.termsIn('处理延迟数据')).toEqual([]);
    expect(matcher.termsIn('端到端延迟')).toEqual(['latency']);
    expect(matcher.termsIn('Flink Kubernetes Operator')).toEqual([]);
    expect(matcher.termsIn('a custom operator')).toEqual(['operator']);
  });

  it('still finds a term elsewhere in the text when one use is blocked', () => {
    expect(matcher.termsIn('非对齐 checkpoint 与对齐 checkpoint')).toEqual(['barrier-alignment']);
  });
});
