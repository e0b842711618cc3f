/**
 * Queries an English-speaking reader types into the English search, with the talks they expect in
 * the top 10. Written by hand from the English pages before any ranking change for English; the
 * English search suite measures recall@10 over all of them.
 */
import type { Query } from './queries.ts';

export const ENGLISH_QUERIES: Query[] = [
  // The issue's own examples
  { q: 'backpressure', expect: ['ffa-2020/flink-unified-engine', 'ffa-2020/jd-flink-practice', 'ffa-2020/rest-api-job-diagnosis'] },
  { q: 'state backend', expect: ['ffa-2020/state-backend-evolution', 'ffa-2019/state-backend-flink-1-10'] },
  { q: 'lakehouse', expect: ['ffa-2020/kylin-hudi-lakehouse'] },
  { q: 'ByteDance', expect: ['ffa-2020/bytedance-flink-sql', 'ffa-2020/bytedance-large-scale-scheduling', 'ffa-2020/bytedance-single-task-failover', 'ffa-2022/bytedance-flink-olap'] },
  { q: 'unaligned checkpoint', expect: ['ffa-2019/pluggable-shuffle-unaligned-checkpoint', 'ffa-2020/flink-unified-engine', 'ffa-2022/shopee-unaligned-checkpoint'] },
  // Flink features and internals
  { q: 'RocksDB', expect: ['ffa-2020/state-backend-evolution', 'ffa-2022/state-optimization-remote-state'] },
  { q: 'changelog', expect: ['ffa-2022/log-based-incremental-checkpoint', 'ffa-2022/meituan-changelog-checkpoint'] },
  { q: 'incremental checkpoint', expect: ['ffa-2022/log-based-incremental-checkpoint', 'ffa-2022/meituan-changelog-checkpoint'] },
  { q: 'speculative execution', expect: ['ffa-2022/adaptive-batch-execution'] },
  { q: 'Stateful Functions', expect: ['ffa-2019/stateful-functions-keynote', 'ffa-2019/stateful-functions-deep-dive', 'ff-2020-cn/statefun-2-serverless'] },
  { q: 'PyFlink', expect: ['ffa-2020/pyflink-core-technology', 'ffa-2022/pyflink-progress', 'ffa-2019/pyflink-zeppelin'] },
  { q: 'new source API', expect: ['ffa-2019/new-source-api'] },
  { q: 'CEP', expect: ['ffa-2022/flink-cep-new-features-risk', 'ffa-2022/douyin-ecommerce-flink-cep', 'ffa-2019/qianxin-cep-engine', 'ff-2020-cn/uber-cep-geo-detection'] },
  { q: 'single task failover', expect: ['ffa-2020/bytedance-single-task-failover'] },
  { q: 'shuffle', expect: ['ffa-2022/flink-shuffle-3', 'ffa-2019/pluggable-shuffle-unaligned-checkpoint'] },
  // Systems around Flink
  { q: 'Iceberg', expect: ['ffa-2020/iceberg-cdc-analysis', 'ffa-2020/tencent-flink-iceberg-warehouse'] },
  { q: 'Hudi', expect: ['ffa-2020/kylin-hudi-lakehouse', 'ffa-2021/flink-hudi-streaming-data-lake'] },
  { q: 'Pulsar', expect: ['ffa-2020/bigo-pulsar-messaging', 'ffa-2020/pulsar-batch-stream', 'ffa-2019/pulsar-flink-batch-stream'] },
  { q: 'Pravega', expect: ['ffa-2019/dell-emc-pravega-keynote', 'ffa-2019/pravega-reliable-delivery', 'ff-2020-cn/dellemc-pravega-stream-analytics'] },
  { q: 'ClickHouse', expect: ['ffa-2019/qutoutiao-flink-clickhouse'] },
  { q: 'Zeppelin', expect: ['ffa-2020/zeppelin-flink', 'ffa-2019/pyflink-zeppelin', 'ff-2020-cn/pyflink-zeppelin'] },
  { q: 'Hologres', expect: ['ffa-2022/hologres-streaming-warehouse'] },
  { q: 'StreamPark', expect: ['ffa-2022/streampark-flink-management', 'ffa-2022/china-unicom-platform-ops'] },
  { q: 'Doris', expect: ['ffa-2022/doris-realtime-warehouse'] },
  { q: 'Hive integration', expect: ['ffa-2019/flink-hive-integration', 'ff-2020-cn/flink-hive-integration'] },
  // Topics in a reader's words
  { q: 'real-time data warehouse', expect: ['ffa-2019/meituan-realtime-dw', 'ffa-2022/meituan-grocery-realtime-warehouse', 'ffa-2022/xiaomi-realtime-warehouse'] },
  { q: 'risk control', expect: ['ffa-2022/airwallex-risk-control', 'ffa-2022/jd-logistics-risk-control', 'ffa-2021/zhongyuan-bank-realtime-risk-control'] },
  { q: 'availability', expect: ['ffa-2020/meituan-flink-availability'] },
  { q: 'autoscaling', expect: ['ff-2020-cn/netflix-autoscaling'] },
  { q: 'Kubernetes', expect: ['ffa-2020/flink-kubernetes-production', 'ffa-2019/yunikorn-flink-k8s-scheduling', 'ffa-2022/jidu-auto-native-k8s'] },
  { q: 'small files', expect: ['ffa-2019/lyft-near-realtime-analytics', 'ff-2020-cn/lyft-near-realtime-analytics'] },
  { q: 'dimension table', expect: ['ffa-2020/bytedance-flink-sql', 'ffa-2020/flink-sql-batch-stream-etl', 'ffa-2020/iqiyi-realtime-ecosystem'] },
  { q: 'lineage', expect: ['ffa-2020/youzan-flink-practice', 'ffa-2020/netease-cloud-music-flink-sql', 'ff-2020-cn/didi-flink-platform'] },
  { q: 'machine learning', expect: ['ff-2020-cn/weibo-machine-learning', 'ff-2020-cn/alink-ml-usability'] },
  { q: 'scheduling', expect: ['ffa-2020/bytedance-large-scale-scheduling', 'ffa-2019/unified-resource-scheduling'] },
  // Companies by their English names
  { q: 'Meituan', expect: ['ffa-2020/meituan-flink-availability', 'ffa-2022/meituan-flink-sql-realtime-warehouse', 'ffa-2022/meituan-changelog-checkpoint'] },
  { q: 'Kuaishou', expect: ['ffa-2020/kuaishou-flink-optimization', 'ffa-2019/kuaishou-realtime-olap'] },
  { q: 'Netflix', expect: ['ffa-2019/netflix-keystone-etl', 'ff-2020-cn/netflix-autoscaling'] },
  { q: 'Xiaomi', expect: ['ffa-2020/xiaomi-flink-platform', 'ffa-2022/xiaomi-realtime-warehouse', 'ffa-2019/xiaomi-streaming-platform'] },
  // A Chinese term pasted into English search
  { q: '反压', expect: ['ffa-2020/flink-unified-engine', 'ffa-2020/jd-flink-practice', 'ffa-2020/rest-api-job-diagnosis'] },
];
