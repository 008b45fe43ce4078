/** A tiny hook for one async load: loading / value / error, re-run when `deps` change. */
import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'error'; error: string };

/** Returns the state of `load()`; a newer run supersedes an older one still in flight. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (value) => current && setState({ status: 'done', value }),
      (err: unknown) => current && setState({ status: 'error', error: errorText(err) }),
    );
    return () => {
      current = false;
    };
    // Callers pass the inputs of `load` as deps (like useEffect itself).
  }, deps);
  return state;
}

/** Returns a readable message of a thrown value. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
