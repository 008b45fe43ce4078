/** A tiny async-state hook: loading, data or error of one promise-returning call. */
import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'error'; error: string };

/** Returns the state of `load()`, re-run whenever `key` changes; stale results are dropped. */
export function useAsync<T>(load: () => Promise<T>, key: unknown): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'done', data }),
      (err: unknown) =>
        live && setState({ status: 'error', error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
