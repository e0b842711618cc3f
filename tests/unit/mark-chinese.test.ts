import { describe, expect, it } from 'vitest';
import { chineseMarkedHtml } from '../../src/i18n/mark-chinese.ts';

describe('chineseMarkedHtml: Chinese inside English text, marked', () => {
  it('leaves text without Chinese as it is, escaped', () => {
    expect(chineseMarkedHtml('Flink <SQL> & "CDC"')).toBe('Flink &#60;SQL&#62; &#38; &#34;CDC&#34;');
  });
  it('marks each run of Chinese, Latin words between them outside', () => {
    expect(chineseMarkedHtml('ML/AI and PyFlink / 机器学习与 PyFlink')).toBe('ML/AI and PyFlink / <span lang="zh-CN">机器学习与</span> PyFlink');
    expect(chineseMarkedHtml('基于 Flink 的 PB 级数据即席查询实践 (note)')).toBe(
      '<span lang="zh-CN">基于</span> Flink <span lang="zh-CN">的</span> PB <span lang="zh-CN">级数据即席查询实践</span> (note)',
    );
  });
  it('keeps full-width punctuation and the spaces between Chinese words inside a run', () => {
    expect(chineseMarkedHtml('(失眠网（转载）)')).toBe('(<span lang="zh-CN">失眠网（转载）</span>)');
    expect(chineseMarkedHtml('王峰 (莫问)')).toBe('<span lang="zh-CN">王峰</span> (<span lang="zh-CN">莫问</span>)');
    expect(chineseMarkedHtml('Topics 主题 平台')).toBe('Topics <span lang="zh-CN">主题 平台</span>');
  });
  it('escapes inside and around the runs', () => {
    expect(chineseMarkedHtml('<b>北京</b>')).toBe('&#60;b&#62;<span lang="zh-CN">北京</span>&#60;/b&#62;');
  });
});

describe('chineseMarkedHtml: what a run holds', () => {
  it('leaves a full-width bracket between Latin words outside, and keeps it with the Chinese it opens or closes', () => {
    expect(chineseMarkedHtml('基于Flink构建CEP（Complex Event Process）引擎')).toBe(
      '<span lang="zh-CN">基于</span>Flink<span lang="zh-CN">构建</span>CEP（Complex Event Process<span lang="zh-CN">）引擎</span>',
    );
  });
});
