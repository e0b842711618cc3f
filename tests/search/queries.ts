/**
 * Queries real readers type, with the talks they expect to find in the top 10. Written before the
 * index was tuned; the search suite measures recall@10 over all of them. Chinese, English and mixed;
 * two-character Chinese words are also checked for precision (the top 3 must really contain them).
 */
export interface Query {
  q: string;
  expect: string[];
}

export const QUERIES: Query[] = [
  // Two-character Chinese words
  { q: '反压', expect: ['ffa-2020/flink-unified-engine', 'ffa-2020/jd-flink-practice', 'ffa-2020/rest-api-job-diagnosis'] },
  { q: '维表', expect: ['ffa-2020/bytedance-flink-sql', 'ffa-2020/flink-sql-batch-stream-etl', 'ffa-2020/iqiyi-realtime-ecosystem'] },
  { q: '湖仓', expect: ['ffa-2020/kylin-hudi-lakehouse'] },
  { q: '血缘', expect: ['ffa-2020/youzan-flink-practice', 'ffa-2020/netease-cloud-music-flink-sql', 'ff-2020-cn/didi-flink-platform'] },
  { q: '热备', expect: ['ffa-2020/meituan-flink-availability'] },
  { q: '风控', expect: ['ffa-2022/airwallex-risk-control', 'ffa-2022/jd-logistics-risk-control', 'ffa-2022/flink-cep-new-features-risk'] },
  { q: '调度', expect: ['ffa-2020/bytedance-large-scale-scheduling', 'ffa-2019/unified-resource-scheduling'] },
  { q: '诊断', expect: ['ffa-2020/rest-api-job-diagnosis'] },
  { q: '容错', expect: ['ffa-2022/fault-tolerance-2-progress'] },
  { q: '数仓', expect: ['ffa-2020/meituan-incremental-warehouse', 'ffa-2022/meituan-flink-sql-realtime-warehouse'] },
  { q: '倾斜', expect: ['ffa-2020/rest-api-job-diagnosis'] },
  { q: '断流', expect: ['ffa-2020/rest-api-job-diagnosis'] },
  { q: '小文件', expect: ['ffa-2019/lyft-near-realtime-analytics', 'ff-2020-cn/lyft-near-realtime-analytics'] },
  { q: '可用性', expect: ['ffa-2020/meituan-flink-availability'] },
  // Companies, both languages
  { q: '字节跳动', expect: ['ffa-2020/bytedance-flink-sql', 'ffa-2020/bytedance-large-scale-scheduling', 'ffa-2020/bytedance-single-task-failover'] },
  { q: 'ByteDance', expect: ['ffa-2020/bytedance-flink-sql', 'ffa-2020/bytedance-large-scale-scheduling', 'ffa-2020/bytedance-single-task-failover'] },
  { q: '美团', expect: ['ffa-2020/meituan-flink-availability', 'ffa-2022/meituan-flink-sql-realtime-warehouse'] },
  { q: 'Meituan', expect: ['ffa-2020/meituan-flink-availability', 'ffa-2022/meituan-changelog-checkpoint'] },
  { q: '蚂蚁', expect: ['ffa-2022/ant-financial-flink-platform'] },
  { q: 'Ant Group', expect: ['ffa-2022/ant-financial-flink-platform'] },
  { q: '阿里巴巴', expect: ['ffa-2020/state-backend-evolution'] },
  { q: 'Tencent', expect: ['ffa-2020/tencent-flink-iceberg-warehouse', 'ffa-2020/tencent-flink-sql-extensions'] },
  { q: '腾讯', expect: ['ffa-2020/tencent-kandian-realtime-warehouse'] },
  { q: 'Shopee', expect: ['ffa-2022/shopee-unaligned-checkpoint'] },
  { q: '快手', expect: ['ffa-2020/kuaishou-flink-optimization', 'ffa-2019/kuaishou-realtime-olap'] },
  { q: 'Kuaishou', expect: ['ffa-2020/kuaishou-flink-optimization'] },
  { q: '微博', expect: ['ff-2020-cn/weibo-machine-learning'] },
  { q: 'Lyft', expect: ['ffa-2019/lyft-near-realtime-analytics', 'ff-2020-cn/lyft-near-realtime-analytics'] },
  { q: '农行', expect: ['ffa-2019/abc-bank-flink'] },
  // FLIP numbers and Flink features
  { q: 'FLIP-27', expect: ['ffa-2019/new-source-api', 'ffa-2020/connector-architecture'] },
  { q: 'FLIP-143', expect: ['ffa-2020/connector-architecture'] },
  { q: 'FLIP-31', expect: ['ffa-2019/pluggable-shuffle-unaligned-checkpoint'] },
  { q: 'Unaligned Checkpoint', expect: ['ffa-2019/pluggable-shuffle-unaligned-checkpoint', 'ffa-2020/flink-unified-engine', 'ffa-2022/shopee-unaligned-checkpoint'] },
  { q: '非对齐 Checkpoint', expect: ['ffa-2022/shopee-unaligned-checkpoint'] },
  { q: 'Approximate Failover', expect: ['ffa-2020/flink-unified-engine'] },
  { q: 'Regional Checkpoint', expect: ['ffa-2020/bytedance-single-task-failover'] },
  { q: 'changelog', expect: ['ffa-2022/log-based-incremental-checkpoint', 'ffa-2022/meituan-changelog-checkpoint'] },
  { q: 'Stateful Functions', expect: ['ffa-2019/stateful-functions-keynote', 'ff-2020-cn/statefun-2-serverless'] },
  { q: 'PyFlink', expect: ['ffa-2020/pyflink-core-technology', 'ffa-2022/pyflink-progress'] },
  { q: 'Alink', expect: ['ff-2020-cn/alink-ml-usability'] },
  { q: 'Hybrid Shuffle', expect: ['ffa-2022/flink-shuffle-3'] },
  { q: 'mini-batch', expect: ['ffa-2020/bytedance-flink-sql', 'ff-2020-cn/flink-sql-deep-dive'] },
  { q: 'codegen', expect: ['ff-2020-cn/flink-sql-deep-dive'] },
  { q: 'Flink CDC', expect: ['ffa-2021/flink-cdc-lake-warehouse-ingestion'] },
  { q: 'CEP', expect: ['ffa-2019/qianxin-cep-engine', 'ff-2020-cn/uber-cep-geo-detection', 'ffa-2022/douyin-ecommerce-flink-cep'] },
  // Systems
  { q: 'RocksDB', expect: ['ffa-2020/state-backend-evolution', 'ff-2020-cn/weibo-machine-learning'] },
  { q: 'Iceberg', expect: ['ffa-2020/iceberg-cdc-analysis', 'ffa-2020/tencent-flink-iceberg-warehouse'] },
  { q: 'Hudi', expect: ['ffa-2020/kylin-hudi-lakehouse', 'ffa-2021/flink-hudi-streaming-data-lake'] },
  { q: 'Pulsar', expect: ['ffa-2020/pulsar-batch-stream', 'ffa-2020/bigo-pulsar-messaging'] },
  { q: 'Pravega', expect: ['ffa-2019/dell-emc-pravega-keynote'] },
  { q: 'ClickHouse', expect: ['ffa-2020/tencent-kandian-realtime-warehouse', 'ffa-2019/qutoutiao-flink-clickhouse'] },
  { q: 'Doris', expect: ['ffa-2022/doris-realtime-warehouse', 'ffa-2020/xiaomi-flink-platform'] },
  { q: 'Zeppelin', expect: ['ffa-2020/zeppelin-flink', 'ff-2020-cn/pyflink-zeppelin'] },
  { q: 'TerarkDB', expect: ['ffa-2022/terarkdb-state-backend'] },
  { q: 'Hologres', expect: ['ff-2020-cn/data-warehouse-data-lakes', 'ffa-2022/hologres-streaming-warehouse'] },
  { q: 'LLVM', expect: ['ffa-2020/4paradigm-llvm-native-engine'] },
  { q: 'Nexmark', expect: ['ffa-2020/flink-unified-engine'] },
  // English terms that must find Chinese notes
  { q: 'backpressure', expect: ['ffa-2020/flink-unified-engine', 'ffa-2020/jd-flink-practice'] },
  { q: 'lakehouse', expect: ['ffa-2020/kylin-hudi-lakehouse'] },
  { q: 'lineage', expect: ['ffa-2020/youzan-flink-practice'] },
  { q: 'dimension table', expect: ['ffa-2020/bytedance-flink-sql'] },
  { q: 'k8s', expect: ['ffa-2022/jidu-auto-native-k8s', 'ffa-2020/flink-kubernetes-production'] },
  { q: 'Kubernetes', expect: ['ffa-2020/flink-kubernetes-production', 'ffa-2022/jidu-auto-native-k8s'] },
  { q: 'state backend', expect: ['ffa-2020/state-backend-evolution', 'ffa-2022/terarkdb-state-backend'] },
  { q: 'availability', expect: ['ffa-2020/meituan-flink-availability'] },
  { q: 'risk control', expect: ['ffa-2022/airwallex-risk-control'] },
  // Mixed
  { q: 'Flink SQL 字节跳动', expect: ['ffa-2020/bytedance-flink-sql'] },
  { q: 'checkpoint 反压', expect: ['ffa-2020/flink-unified-engine'] },
  { q: '美团 可用性', expect: ['ffa-2020/meituan-flink-availability'] },
  { q: 'Iceberg CDC', expect: ['ffa-2020/iceberg-cdc-analysis'] },
  { q: 'OLAP 字节', expect: ['ffa-2022/bytedance-flink-olap'] },
];
