/**
 * Writes a synthetic corpus of N talks for the benchmark, outside content/ (content/ holds only
 * real talks). The registries and conferences are the real ones; the talks are generated from a
 * seeded random source with varied Chinese and English notes (lists, tables, numbers), so the
 * build and the index do realistic work. Each talk and topic has its English twin, as the model
 * requires. usage: node scripts/synth-corpus.ts N OUT_DIR [--mdx | --replicated]
 *
 * `--replicated` writes the other corpus the benchmark measures: the real talks, copied until there
 * are N (replicateReal). Generated notes are longer than the real ones (each talk's `full` or `brief`
 * as its length says), every generated talk names a glossary term in every sentence, and none has
 * links, claims or Q&A; copies of the real talks have the real corpus's shape by construction.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { readContent } from '../src/model/read-content.ts';
import { FULL_NOTES_CHARS, validateContent } from '../src/model/validate.ts';
import { notesLength } from '../src/model/notes-text.ts';

/** mulberry32: a small seeded PRNG, so the same N gives the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_SUBJECTS = ['我们的实时平台', '数据开发团队', '风控系统', '推荐链路', '离线数仓', '日志管道', '计费作业', '特征服务', '监控平台', '湖仓链路', '广告归因作业', '用户画像任务'];
const ZH_VERBS = ['改造了', '重写了', '拆分了', '迁移了', '压测了', '调优了', '合并了', '下线了', '接入了', '灰度上线了', '重新设计了', '定位并修复了'];
const ZH_OBJECTS = ['Checkpoint 流程', '状态后端', '维表关联', '小文件合并', '反压治理', 'SQL 作业模板', '资源调度策略', '作业诊断规则', '双流 Join', '窗口聚合', 'Sink 写入逻辑', '元数据管理', '血缘采集', '容错恢复'];
const ZH_RESULTS = ['延迟从分钟级降到秒级', '资源节省了近一半', 'Checkpoint 成功率明显提高', '故障恢复时间缩短', '开发效率提升', '数据一致性得到保证', '运维告警大幅减少', '吞吐翻了一倍'];
const ZH_CONNECT = ['随后', '同时', '另外', '在此基础上', '最后', '为此', '结果是', '值得注意的是'];
const EN_SUBJECTS = ['The platform team', 'Our streaming jobs', 'The risk engine', 'The ingestion pipeline', 'The SQL gateway', 'The feature store', 'The warehouse layer', 'The scheduler'];
const EN_VERBS = ['moved', 'rebuilt', 'tuned', 'split', 'benchmarked', 'replaced', 'instrumented', 'simplified'];
const EN_OBJECTS = ['checkpoint alignment', 'the RocksDB state backend', 'dimension table lookups', 'small file compaction', 'backpressure handling', 'the job submission path', 'watermark generation', 'the changelog', 'CDC ingestion', 'resource isolation', "the job's state", "Flink's checkpoint barrier"];
const EN_RESULTS = ['cutting latency by half', 'saving a third of the cluster', 'with recovery in under a minute', 'without losing data', 'at twice the throughput', 'and removed most manual steps'];

export function synthesize(n: number, outDir: string, { mdx = false, contentDir = 'content' } = {}) {
  const { content } = validateContent(readContent(contentDir));
  const rand = random(n * 7919 + (mdx ? 1 : 0));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
  const ids = (entries: { id: string }[]) => entries.map((e) => e.id);
  const topicIds = ids(content.topics);
  const featureIds = ids(content.features);
  const companyIds = ids(content.companies);
  const speakerIds = ids(content.speakers);
  const termForms = content.glossary.flatMap((g) => [g.data.zh, g.data.en]);

  const enParagraph = () => Array.from({ length: 2 + Math.floor(rand() * 4) }, enSentence).join(' ');
  // Each talk's English twin: the same structure, in English (the model pairs them one to one).
  const englishBody = (zh: string) =>
    zh
      .split('\n\n')
      .map((part) => (part.startsWith('## ') ? `## ${pick(EN_OBJECTS)}` : part.startsWith('- ') ? part.split('\n').map(() => `- ${enSentence()}`).join('\n') : part.startsWith('|') ? part.replace(/指标/, 'Metric').replace(/之前/, 'Before').replace(/之后/, 'After').replace(/延迟/, 'Latency').replace(/作业数/, 'Jobs') : enParagraph()))
      .join('\n\n');
  const zhSentence = () => `${pick(ZH_CONNECT)}，${pick(ZH_SUBJECTS)}${pick(ZH_VERBS)}${pick(ZH_OBJECTS)}，引入 ${pick(termForms)} 之后${pick(ZH_RESULTS)}。`;
  const enSentence = () => `${pick(EN_SUBJECTS)} ${pick(EN_VERBS)} ${pick(EN_OBJECTS)}, ${pick(EN_RESULTS)}.`;
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 4) }, () => (rand() < 0.75 ? zhSentence() : enSentence())).join('');
  const body = () => {
    const parts = ['## 背景', paragraph(), '## 做法', ...Array.from({ length: 2 + Math.floor(rand() * 4) }, () => `- ${zhSentence()}`), paragraph()];
    // One part: rows separated by blank lines would be paragraphs of pipes, not a table.
    if (rand() < 0.3) parts.push(['| 指标 | 之前 | 之后 |', '|---|---:|---:|', `| 延迟 | ${Math.ceil(rand() * 60)} s | ${Math.ceil(rand() * 5)} s |`, `| 作业数 | ${Math.ceil(rand() * 900)} | ${Math.ceil(rand() * 3000)} |`].join('\n'));
    if (rand() < 0.5) parts.push('## 结果', paragraph());
    // Straight quotes, as in about a quarter of the real Chinese notes (SmartyPants has work there).
    if (rand() < 0.3) parts.push(`团队把这一步叫作 "${pick(EN_OBJECTS)}"。`);
    return parts.join('\n\n');
  };

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'talks'), { recursive: true });
  mkdirSync(join(outDir, 'en', 'talks'), { recursive: true });
  for (const file of ['conferences', 'en/conferences', 'companies.yaml', 'speakers.yaml', 'features.yaml', 'glossary.yaml', 'sources.yaml']) {
    cpSync(join(contentDir, file), join(outDir, file), { recursive: true });
  }

  const byTopic = new Map<string, string[]>();
  for (let i = 1; i <= n; i++) {
    const conference = pick(content.conferences);
    const id = `synth-${String(i).padStart(5, '0')}`;
    const topics = some(topicIds, 3);
    for (const t of topics) byTopic.set(t, [...(byTopic.get(t) ?? []), `${conference.id}/${id}`]);
    const appearances = some(speakerIds, 2).map((speaker) => `  - speaker: ${speaker}\n    company: ${pick(companyIds)}`);
    // Drawn in the order the corpus has always drawn them, so a seed gives the same talks.
    const title = `${pick(ZH_SUBJECTS)}的${pick(ZH_OBJECTS)}实践 ${i}`;
    const track = pick(conference.data.tracks).id;
    const kind = pick(['talk', 'talk', 'talk', 'keynote', 'panel']);
    const features = some(featureIds, 3);
    const summary = zhSentence();
    const takeaways = [zhSentence(), enSentence()];
    const notes = body();
    const frontmatter = [
      '---',
      `title: "${title}"`,
      `conference: ${conference.id}`,
      `track: ${track}`,
      `order: ${i}`,
      `kind: ${kind}`,
      `appearances:\n${appearances.join('\n')}`,
      `topics: [${topics.join(', ')}]`,
      `features: [${features.join(', ')}]`,
      `summary: "${summary}"`,
      `takeaways:\n${takeaways.map((t) => `  - "${t}"`).join('\n')}`,
      // The label the content check expects for this much text (FULL_NOTES_CHARS).
      `notes: ${notesLength(notes, { takeaways, qa: [] }) >= FULL_NOTES_CHARS ? 'full' : 'brief'}`,
      'sources: [seed-000]',
      'added: 2026-11-23',
      '---',
    ].join('\n');
    mkdirSync(join(outDir, 'talks', conference.id), { recursive: true });
    writeFileSync(join(outDir, 'talks', conference.id, `${id}.${mdx ? 'mdx' : 'md'}`), `${frontmatter}\n\n${notes}\n`);
    const english = [
      '---',
      `title: "${pick(EN_SUBJECTS)}: ${pick(EN_OBJECTS)} in practice ${i}"`,
      `summary: "${enSentence()}"`,
      `takeaways:\n  - "${enSentence()}"\n  - "${enSentence()}"`,
      '---',
    ].join('\n');
    mkdirSync(join(outDir, 'en', 'talks', conference.id), { recursive: true });
    writeFileSync(join(outDir, 'en', 'talks', conference.id, `${id}.${mdx ? 'mdx' : 'md'}`), `${english}\n\n${englishBody(notes)}\n`);
  }

  mkdirSync(join(outDir, 'topics'));
  mkdirSync(join(outDir, 'en', 'topics'));
  for (const topic of content.topics) {
    const list = (byTopic.get(topic.id) ?? []).slice(0, 5);
    if (!list.length) throw new Error(`no synthetic talk on topic ${topic.id}: use a larger N`);
    const readingList = list.map((talk) => `  - talk: ${talk}\n    why: 按生成顺序排在这里。`).join('\n');
    writeFileSync(
      join(outDir, 'topics', `${topic.id}.md`),
      `---\ntitle: ${JSON.stringify(topic.data.title)}\ntitleEn: ${JSON.stringify(topic.data.titleEn)}\norder: ${topic.data.order}\nreadingList:\n${readingList}\n---\n\n${topic.body?.trim() || topic.data.title}\n`,
    );
    const englishList = list.map((talk) => `  - talk: ${talk}\n    why: Listed here in the order generated.`).join('\n');
    writeFileSync(join(outDir, 'en', 'topics', `${topic.id}.md`), `---\nreadingList:\n${englishList}\n---\n\n${topic.data.titleEn}: the English description.\n`);
  }
}

/**
 * The real content with its talks copied (Chinese and English twin together, same conference)
 * until there are N (never fewer than the real ones): copy k of a talk gets the id `<id>-<k>` and " <k>" after each of its titles,
 * which the content check wants distinct. Everything else is the real talk's: fields, tags, links,
 * claims, Q&A and notes (whose links to other talks resolve, the originals being in the corpus).
 */
export function replicateReal(n: number, outDir: string, { contentDir = 'content' } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(contentDir, outDir, { recursive: true });
  const files = readdirSync(join(contentDir, 'talks'), { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
  // Our talk files write each title on one line, as `title: …` or `  - title: …` (altTitles).
  const retitle = (text: string, copy: number) => text.replace(/^(title: |  - title: )(.*)$/gm, (_, key: string, value: string) => `${key}${JSON.stringify(`${yaml.load(value) as string} ${copy}`)}`);
  for (let count = files.length, copy = 1; count < n; copy++) {
    for (const file of files.slice(0, n - count)) {
      for (const dir of ['talks', join('en', 'talks')]) {
        writeFileSync(join(outDir, dir, file.replace(/\.md$/, `-${copy}.md`)), retitle(readFileSync(join(contentDir, dir, file), 'utf8'), copy));
      }
    }
    count += Math.min(files.length, n - count);
  }
}

if (import.meta.main) {
  const [count, outDir, flag] = process.argv.slice(2);
  if (!count || !outDir) throw new Error('usage: node scripts/synth-corpus.ts N OUT_DIR [--mdx | --replicated]');
  if (flag === '--replicated') replicateReal(Number(count), outDir);
  else synthesize(Number(count), outDir, { mdx: flag === '--mdx' });
  console.log(`${outDir}: ${count} talks`);
}
