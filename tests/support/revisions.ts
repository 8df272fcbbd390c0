/** A revision file recording edits of the English, for fixtures that edit it (the build refuses unrecorded edits). */
import { stringify } from 'yaml';

export const FIXTURE_REVISION = 'src/content/changes/2026-12-06-fixture.yaml';

/** The file that records `edits` as the latest revision of the English. */
export function recordEdits(edits: { unit: string; was: string; now: string }[]): Record<string, string> {
  return {
    [FIXTURE_REVISION]: stringify({
      date: '2026-12-06',
      time: '23:59',
      title: { zh: '测试修订', en: 'A revision for a test' },
      summary: { zh: '测试。', en: 'A test.' },
      records: edits.map((e) => ({ ...e, in: 'en' })),
    }),
  };
}
