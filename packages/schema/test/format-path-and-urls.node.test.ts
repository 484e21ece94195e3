import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPath, isSafeUrl } from '../src/index.js';

describe('formatPath', () => {
  it('formats JavaScript-style paths with bare root members', () => {
    assert.equal(formatPath(['items', 412, 'legalBasis', 0, 'title']), 'items[412].legalBasis[0].title');
    assert.equal(formatPath(['kind']), 'kind');
    assert.equal(formatPath(['publisher', 'name']), 'publisher.name');
    assert.equal(formatPath([]), '');
    assert.equal(formatPath([3]), '[3]');
  });
  it('quotes members that are not identifiers', () => {
    assert.equal(formatPath(['items', 0, 'x-region']), 'items[0]["x-region"]');
    assert.equal(formatPath(['$schema']), '$schema');
  });
});

describe('isSafeUrl', () => {
  it('allows http, https, mailto, tel and relative URLs', () => {
    for (const url of ['https://www.gov.cn/', 'http://example.gov.cn/a?b=1', 'HTTPS://X.CN', 'mailto:gk@example.gov.cn', 'tel:12345', '/files/a.pdf', 'files/a.pdf', '../a.pdf', '?page=2', '#top', '//cdn.example/x.pdf']) {
      assert.equal(isSafeUrl(url), true, url);
    }
  });
  it('refuses script, data and obfuscated schemes', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', 'ftp://x', '', '   ', '1x:y']) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });
  it('refuses non-strings', () => {
    assert.equal(isSafeUrl(undefined), false);
    assert.equal(isSafeUrl(42), false);
  });
});
