/**
 * The revision log of the English, in both languages as twins: the changes page lists every revision newest first,
 * each changed sentence and heading word by word, its Atom feed parses (the browser's own XML parser) with one entry
 * per revision whose links reach existing anchors, and on the English pages a revised passage says "revised on" on
 * part, full-text and side-by-side pages (an item in its tools), linking its entry; the Chinese pages never say it,
 * since the original is never revised.
 */
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parsePassageId, passageOfAnchor } from '../../src/lib/document/ids.ts';
import { isSource, type Locale } from '../../src/i18n/locales.ts';
import { LOCALES } from '../support/site.ts';

type Record = { unit: string; in: string; was?: string; now: string };
/** The revisions as filed (src/content/changes/), newest first, read independently of the site's code. */
const revisions = readdirSync('src/content/changes')
  .filter((n) => n.endsWith('.yaml'))
  .map((name) => {
    const data = parse(readFileSync(`src/content/changes/${name}`, 'utf8')) as {
      date: string;
      time: string;
      title: { zh: string; en: string };
      records: Record[];
    };
    const passage = (unit: string) => (unit === 'title' ? 'title' : passageOfAnchor(unit)!);
    return {
      id: name.replace(/\.yaml$/, ''),
      when: `${data.date}T${data.time}`,
      title: data.title,
      revised: data.records.filter((r) => r.was !== undefined),
      items: [...new Set(data.records.map((r) => passage(r.unit)))],
    };
  })
  .sort((a, b) => b.when.localeCompare(a.when) || b.id.localeCompare(a.id));

const WORDS: { [L in Locale]: { revised: string; nav: string; log: string } } = {
  zh: { revised: '修订于', nav: '修订记录', log: '英文译文修订记录' },
  en: { revised: 'revised on', nav: 'Revisions', log: 'Revisions of the English translation' },
};

/** An item as cited in each language, written out here for the few parts and items the document has. */
const cited = (item: string, locale: Locale) => {
  const { part, item: n } = parsePassageId(item)!;
  const zh = '〇一二三四五六七八九十十一';
  return isSource(locale)
    ? `${zh[part]}（${n! > 10 ? '十' + zh[n! - 10] : zh[n!]}）`
    : `${'I II III IV V'.split(' ')[part - 1]} (${n})`;
};

/** Parses a feed in the page with DOMParser and returns what a feed reader would see, links resolved. */
async function readFeed(page: Page, url: string) {
  return page.evaluate(async (feedUrl) => {
    const text = await (await fetch(feedUrl)).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const child = (el: Element, name: string) =>
      [...el.children].filter((c) => c.namespaceURI === atom && c.localName === name);
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      id: child(root, 'id')[0]?.textContent ?? '',
      updated: child(root, 'updated')[0]?.textContent ?? '',
      hasAuthor: child(root, 'author').length === 1,
      self: new URL(
        child(root, 'link')
          .find((l) => l.getAttribute('rel') === 'self')!
          .getAttribute('href')!,
        feedUrl,
      ).href,
      entries: child(root, 'entry').map((entry) => ({
        id: child(entry, 'id')[0]?.textContent ?? '',
        title: child(entry, 'title')[0]?.textContent ?? '',
        updated: child(entry, 'updated')[0]?.textContent ?? '',
        summary: child(entry, 'summary')[0]?.textContent ?? '',
        links: child(entry, 'link').map((l) => ({
          rel: l.getAttribute('rel'),
          href: new URL(l.getAttribute('href')!, feedUrl).href,
        })),
      })),
    };
  }, url);
}

for (const locale of LOCALES) {
  test(`${locale}: the changes page, linked from the footer and About, lists every revision newest first`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/about/`);
    await page.locator('main').getByRole('link', { name: WORDS[locale].log }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/changes/index\\.html$`));
    await page.goto(`/${locale}/`);
    await page.locator('footer').getByRole('link', { name: WORDS[locale].nav }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/changes/index\\.html$`));
    const entries = page.locator('li.change');
    await expect(entries).toHaveCount(revisions.length);
    expect(await entries.evaluateAll((els) => els.map((e) => e.id))).toEqual(revisions.map((r) => `revision-${r.id}`));
    const times = await page
      .locator('li.change h2 time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(times).toEqual([...times].sort().reverse());
    // Each revision is titled by what it changed, and shows each changed sentence and heading, linked to where it
    // is read, with the words taken out and put in marked.
    for (const revision of revisions) {
      const entry = page.locator(`li.change[id="revision-${revision.id}"]`);
      await expect(entry.locator('h2')).toHaveText(revision.title[locale]);
      await expect(entry.locator('.change-summary')).not.toBeEmpty();
      const units = entry.locator('.change-units > .unit-change');
      await expect(units).toHaveCount(revision.revised.length);
      for (const [i, record] of revision.revised.entries()) {
        const unit = units.nth(i);
        await expect(unit).toHaveAttribute('data-unit', record.unit);
        const wording = unit.locator('.unit-wording');
        await expect(wording).toHaveAttribute('lang', 'en');
        // Without what was put in, the wording reads as before; without what was taken out, as after.
        const [before, after] = await wording.evaluate((p) => {
          const read = (skip: string) => {
            const copy = p.cloneNode(true) as HTMLElement;
            copy.querySelectorAll(skip).forEach((e) => e.remove());
            return copy.textContent!.trim();
          };
          return [read('ins'), read('del')];
        });
        expect(before).toBe(record.was!.trim());
        expect(after).toBe(record.now.trim());
      }
    }
  });

  test(`${locale}: the changes page opens with an index, one line a revision, and shows the newest one's changes`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/changes/`);
    // One line a revision, newest first: its date, where it changed the text, and its title linking its entry.
    const lines = page.locator('.change-index li');
    await expect(lines).toHaveCount(revisions.length);
    for (const [i, revision] of revisions.entries()) {
      const line = lines.nth(i);
      await expect(line.locator('time')).toHaveAttribute('datetime', revision.when.slice(0, 10));
      await expect(line.getByRole('link')).toHaveText(revision.title[locale]);
      expect(await line.evaluate((li) => li.getBoundingClientRect().height)).toBeLessThan(100);
    }
    // A revision of one item names it on its line.
    for (const [i, revision] of revisions.entries()) {
      const items = new Set(revision.revised.map((x) => passageOfAnchor(x.unit)!));
      if (items.size === 1) await expect(lines.nth(i)).toContainText(` ${cited([...items][0]!, locale)} `);
    }
    const older = revisions.findLast((r) => r.revised.length > 0)!;
    await lines.nth(revisions.indexOf(older)).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`#revision-${older.id}$`));
    const entry = page.locator(`li.change[id="revision-${older.id}"]`);
    await expect(entry.locator('h2')).toBeInViewport();
    // An older revision's changed sentences are folded under a line that counts them; the newest's are open.
    await expect(entry.locator('.unit-change').first()).toBeHidden();
    await entry.locator('summary', { hasText: String(older.revised.length) }).click();
    await expect(entry.locator('.unit-change').first()).toBeVisible();
    await expect(page.locator('li.change').first().locator('.unit-change').first()).toBeVisible();
    // On paper every revision shows all it changed.
    await page.emulateMedia({ media: 'print' });
    await page.reload();
    await expect(entry.locator('.unit-change').first()).toBeVisible();
  });

  test(`${locale}: the newest revision reads in short, open; a word put in sits against its word; a quoted term stays whole`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/changes/`);
    // "In short" open on the newest revision that changed the text, folded on every older one.
    const shorts = page.locator('li.change details.change-short:not(:has(.change-units))');
    await expect(shorts.first().locator('.change-summary')).toBeVisible();
    for (const i of [...Array(await shorts.count()).keys()].slice(1))
      await expect(shorts.nth(i).locator('.change-summary')).toBeHidden();
    // A comma put in right after a word is drawn against it ("resolve,"), not set off by a space ("resolve ,").
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const gaps = await page.locator('.unit-wording ins').evaluateAll((all) =>
      all
        .filter((ins) => /^\p{P}/u.test(ins.textContent!) && ins.previousSibling?.nodeType === Node.TEXT_NODE)
        .map((ins) => {
          const range = document.createRange();
          range.selectNodeContents(ins.previousSibling!);
          const before = [...range.getClientRects()].at(-1)!;
          return ins.getClientRects()[0]!.left - before.right;
        }),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(Math.abs(gap)).toBeLessThan(1);
    // A Chinese term in an English heading breaks nowhere inside it (an English one in a Chinese heading may break
    // between its words, never inside one): each sits on one line.
    const lines = await page
      .locator('.change h2 span[lang].phrased')
      .evaluateAll((all) => all.map((s) => [s.textContent, new Set([...s.getClientRects()].map((r) => r.top)).size]));
    for (const [text, count] of lines) expect(count, String(text)).toBe(1);
  });

  test(`${locale}: the Atom feed parses, with one entry per revision whose links reach existing anchors`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/changes/`);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    expect(await link.getAttribute('href')).not.toMatch(/^[a-z]+:|^\//); // relative: the copy works at any address
    const feedUrl = await link.evaluate((l: HTMLLinkElement) => l.href);
    const feed = await readFeed(page, feedUrl);
    expect(feed.parseError).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(feed.hasAuthor).toBe(true);
    expect(feed.self).toBe(feedUrl);
    expect(feed.entries).toHaveLength(revisions.length);
    expect(feed.updated).toBe(feed.entries[0]!.updated);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(revisions.length);
    const anchors: string[] = [];
    for (const [index, entry] of feed.entries.entries()) {
      const revision = revisions[index]!;
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.updated).toBe(`${revision.when}:00Z`);
      expect(entry.title).toBe(revision.title[locale]);
      expect(entry.summary.length).toBeGreaterThan(20);
      expect(entry.links.filter((l) => l.rel === 'related')).toHaveLength(revision.items.length);
      anchors.push(...entry.links.map((l) => l.href));
    }
    // Every link names an anchor, and the page it resolves to holds that id (each page opened once).
    const pages = Map.groupBy(anchors, (href) => href.replace(/#.*$/, ''));
    for (const [url, hrefs] of pages) {
      const response = await page.goto(url);
      expect(response?.ok(), url).toBe(true);
      const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
      for (const href of hrefs) expect(ids.has(decodeURIComponent(new URL(href).hash.slice(1))), href).toBe(true);
    }
  });

  test(`${locale}: a revised passage says "${WORDS[locale].revised}" on the English pages only, linking its entry; an unrevised one says nothing`, async ({
    page,
  }) => {
    const latest = revisions.find((r) => r.revised.some((x) => x.unit.startsWith('p4-3')))!;
    const places = [
      { url: `/${locale}/p4/`, item: 'section:has(> [id="p4-3"])' },
      { url: `/${locale}/full/`, item: 'section:has(> [id="p4-3"])' },
      { url: `/${locale}/p4/bilingual/`, item: 'section.pair#p4-3' },
    ];
    for (const { url, item } of places) {
      await page.goto(url);
      const note = page.locator(`${item} .revised a`);
      if (isSource(locale)) {
        await expect(page.locator('.revised')).toHaveCount(0);
        continue;
      }
      await expect(note).toHaveCount(1);
      await page.locator(`${item} details.item-tools > summary`).click();
      await expect(note).toContainText(WORDS[locale].revised, { ignoreCase: true });
      await expect(note.locator('time')).toHaveAttribute('datetime', latest.when.slice(0, 10));
      // By keyboard: on wide screens the sticky header may cover the note after the jump to the item.
      await note.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/changes/index\\.html#revision-${latest.id}$`));
      await expect(page.locator(`li.change[id="revision-${latest.id}"]`)).toBeInViewport();
    }
    await page.goto(`/${locale}/p3/`);
    expect(revisions.some((r) => r.revised.some((x) => x.unit.startsWith('p3-1')))).toBe(false);
    await expect(page.locator('section:has(> [id="p3-1"]) .revised')).toHaveCount(0);
  });
}
