import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('makes markup inert', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&\'')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;',
    );
  });
  it('leaves plain text alone', () => {
    expect(escapeHtml('© OpenStreetMap 贡献者')).toBe('© OpenStreetMap 贡献者');
  });
});
