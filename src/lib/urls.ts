/**
 * Every internal URL is made here, relative to the page that holds it, so that the built
 * site works from any sub-path of any host and from disk. Routes name targets by their
 * site path ("/en/p3/#p3-4"); nothing else in the code writes a URL that starts with "/".
 */

/** The directory of a page path: "/zh/p3/" → ["zh","p3"], "/404.html" → []. */
function directory(pagePath: string): string[] {
  const segments = pagePath.split('/').filter(Boolean);
  if (!pagePath.endsWith('/')) segments.pop();
  return segments;
}

/**
 * The URL of `target` as written on the page at `from`. Both are site paths.
 * Directory targets get "index.html" appended, because a copy read from disk (file://) has no index files.
 */
export function relativeUrl(from: string, target: string): string {
  if (!from.startsWith('/') || !target.startsWith('/'))
    throw new Error(`relativeUrl takes site paths: ${from} → ${target}`);
  const hashAt = target.search(/[?#]/);
  const path = hashAt < 0 ? target : target.slice(0, hashAt);
  const suffix = hashAt < 0 ? '' : target.slice(hashAt);
  if (path === from && suffix.startsWith('#')) return suffix;
  const fromDir = directory(from);
  const targetSegments = path.split('/').filter(Boolean);
  const targetIsDir = path.endsWith('/');
  let common = 0;
  while (common < fromDir.length && common < targetSegments.length && fromDir[common] === targetSegments[common])
    common++;
  const ups = fromDir.length - common;
  const down = targetSegments.slice(common);
  let url = '../'.repeat(ups) + down.join('/');
  if (targetIsDir && down.length) url += '/';
  if (url === '') url = './';
  if (targetIsDir) url += 'index.html';
  return url + suffix;
}
