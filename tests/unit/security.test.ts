import { describe, expect, it } from 'vitest';
import { jsonForHtml } from '../../src/lib/security.ts';

describe('jsonForHtml', () => {
  it('cannot close its <script> element, and parses back to the same value', () => {
    const hostile = { company: '</script><meta http-equiv="refresh" content="0;url=https://evil.example/">', note: 'a & b\u2028' };
    const embedded = jsonForHtml(hostile);
    expect(embedded).not.toMatch(/<|>/);
    expect(JSON.parse(embedded)).toEqual(hostile);
  });
});
