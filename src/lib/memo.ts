/**
 * A function's result computed once per argument and kept: loaders read collections once per build, not once per
 * page. The promise is kept, so concurrent callers share one read, and a failure stays a failure (the build stops).
 */
export function memo<A extends string | number | void, R>(compute: (arg: A) => R): (arg: A) => R {
  const cache = new Map<A, R>();
  return (arg: A) => {
    if (!cache.has(arg)) cache.set(arg, compute(arg));
    return cache.get(arg)!;
  };
}
