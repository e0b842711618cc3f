import { describe, expect, it } from 'vitest';
import { joinCjkLines } from '../../src/integrations/remark-join-cjk-lines.ts';
import { remarkNoImages } from '../../src/integrations/remark-no-images.ts';
import { remarkUnverifiedMarks } from '../../src/integrations/remark-unverified-marks.ts';
import { rehypeMarkChinese } from '../../src/integrations/rehype-mark-chinese.ts';

describe('joinCjkLines', () => {
  it('joins a line break between Chinese characters and keeps the others', () => {
    expect(joinCjkLines('带来几类问题：资源在仍被需要时被回收、\n整个作业重启')).toBe('带来几类问题：资源在仍被需要时被回收、整个作业重启');
    expect(joinCjkLines('Flink 的 Checkpoint\n沿用')).toBe('Flink 的 Checkpoint\n沿用');
    expect(joinCjkLines('Chandy-Lamport\nidea')).toBe('Chandy-Lamport\nidea');
  });
});

describe('remarkNoImages', () => {
  it('stops the build at an embedded image, naming file and line', () => {
    const tree = { type: 'root', children: [{ type: 'image', url: 'https://x/y.png', position: { start: { line: 12 } } }] };
    expect(() => remarkNoImages()(tree as never, { path: 'content/talks/a/b.md' } as never)).toThrow('content/talks/a/b.md:12: notes must not embed images');
  });
});

describe('remarkUnverifiedMarks', () => {
  it('wraps each inline inference mark, with its reason, and leaves the text around it', () => {
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: '延迟降到秒级（待核实：只见于幻灯片标题）。其余照常。' }] }] };
    remarkUnverifiedMarks()(tree as never);
    const parts = (tree.children[0] as { children: { value: string; data?: { hName: string } }[] }).children;
    expect(parts.map((p) => [p.value, p.data?.hName])).toEqual([
      ['延迟降到秒级', undefined],
      ['（待核实：只见于幻灯片标题）', 'span'],
      ['。其余照常。', undefined],
    ]);
  });
});

describe('rehypeMarkChinese', () => {
  const note = () => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '杨旭 (品数), senior technical expert at 阿里巴巴.' }, { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'Flink' }] }] }],
  });
  it('marks each run of Chinese in an English note as Chinese, and nothing else', () => {
    const tree = note();
    rehypeMarkChinese()(tree as never, { path: '/site/content/en/talks/ff-2020-cn/x.md' } as never);
    type Node = { type: string; value?: string; tagName?: string; properties?: { lang?: string }; children?: Node[] };
    const parts = (tree.children[0] as Node).children!.map((n) => (n.type === 'text' ? n.value : `<${n.tagName}${n.properties?.lang ? ` ${n.properties.lang}` : ''}>${n.children![0].value}`));
    expect(parts).toEqual(['<span zh-CN>杨旭', ' (', '<span zh-CN>品数', '), senior technical expert at ', '<span zh-CN>阿里巴巴', '.', '<code>Flink']);
  });
  it('leaves a Chinese note as it is: its page is Chinese', () => {
    const tree = note();
    rehypeMarkChinese()(tree as never, { path: '/site/content/talks/ff-2020-cn/x.md' } as never);
    expect(tree).toEqual(note());
  });
});
