/**
 * Makes the analysis worker's own calls fail on request, for the end-to-end tests of failures
 * (docs/architecture.md, Failures). Loaded only by builds made for the tests (mode `e2e`); the
 * production bundle holds none of it (test/lint/production-bundle.test.ts).
 */

/** Each method of `api` checks first whether a failure was asked for it; `injectFailure(method, times)` asks. */
export function withFaults<T extends Record<string, unknown>>(
  api: T,
): T & { injectFailure(method: string, times: number): void } {
  const pending = new Map<string, number>();
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    if (typeof value !== 'function') {
      wrapped[name] = value;
      continue;
    }
    wrapped[name] = (...args: unknown[]) => {
      const left = pending.get(name) ?? 0;
      if (left > 0) {
        pending.set(name, left - 1);
        return Promise.reject(new Error(`injected failure in ${name}`));
      }
      return (value as (...a: unknown[]) => unknown).apply(api, args);
    };
  }
  return {
    ...(wrapped as T),
    injectFailure(method: string, times: number) {
      if (typeof api[method] !== 'function') throw new Error(`no worker method ${method}`);
      pending.set(method, times);
    },
  };
}
