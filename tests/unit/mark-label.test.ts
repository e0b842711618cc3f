import { describe, expect, it } from 'vitest';
import { isMarkField, markField, markLabel } from '../../src/lib/mark-label.ts';
import { ui } from '../../src/i18n/ui.ts';

const names = (list: string, i: number) => (list === 'topics' && i === 0 ? 'ML/AI and PyFlink' : list === 'appearances' && i === 1 ? '宋宇航' : undefined);

describe('an unverified mark in words', () => {
  it('names the field and the item it points at', () => {
    expect(markLabel('topics.0', ui.en.markFields, ui.en.paren, names)).toBe('Topic (ML/AI and PyFlink)');
    expect(markLabel('appearances.1.company', ui.en.markFields, ui.en.paren, names)).toBe("Speaker's company (宋宇航)");
    expect(markLabel('appearances.1.company', ui.zh.markFields, ui.zh.paren, names)).toBe('讲者所在公司（宋宇航）');
    expect(markLabel('track', ui.zh.markFields, ui.zh.paren, names)).toBe('分论坛');
    expect(markLabel('links.2', ui.en.markFields, ui.en.paren, names)).toBe('Link');
  });

  it('knows a field by its path without positions, and no other', () => {
    expect(markField('appearances.10.company')).toBe('appearances.company');
    expect(markField('qa.3.answeredBy')).toBe('qa.answeredBy');
    expect(isMarkField('altTitles.0')).toBe(true);
    expect(isMarkField('added')).toBe(false);
    expect(isMarkField('appearances.0.nickname')).toBe(false);
  });
});
