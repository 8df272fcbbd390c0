import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeUrl } from '../../src/lib/urls.ts';
import { twinPath } from '../../src/lib/routes.ts';

test('relative URLs from a page to a page, an anchor and an asset', () => {
  assert.equal(relativeUrl('/zh/p3/', '/en/p3/#p3-4'), '../../en/p3/index.html#p3-4');
  assert.equal(relativeUrl('/zh/p3/', '/zh/p3/#p3-4'), '#p3-4');
  assert.equal(relativeUrl('/zh/p3/', '/zh/'), '../index.html');
  assert.equal(relativeUrl('/zh/', '/site.css'), '../site.css');
  assert.equal(relativeUrl('/', '/zh/'), 'zh/index.html');
  assert.equal(relativeUrl('/404.html', '/en/'), 'en/index.html');
  assert.equal(relativeUrl('/zh/p3/bilingual/', '/zh/p3/'), '../index.html');
  assert.equal(relativeUrl('/zh/search/', '/zh/search/?q=a'), './index.html?q=a');
});

test('never a root-relative or absolute URL', () => {
  for (const from of ['/', '/zh/', '/en/p4/', '/zh/regions/hohhot/', '/404.html'])
    for (const to of ['/', '/zh/', '/en/p4/#p4-3', '/site.css', '/data/policy.json'])
      assert.doesNotMatch(relativeUrl(from, to), /^(\/|[a-z]+:)/, `${from} → ${to}`);
});

test('relativeUrl refuses paths that are not site paths', () => {
  assert.throws(() => relativeUrl('zh/', '/en/'));
});

test('the twin of a page is the same page in the other language', () => {
  assert.equal(twinPath('/zh/p3/', 'en'), '/en/p3/');
  assert.equal(twinPath('/en/about/', 'zh'), '/zh/about/');
});
