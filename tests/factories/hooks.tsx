import { render } from 'preact';
import { act } from 'preact/test-utils';

/** The latest value a hook returned, rendered in a bare component (happy-dom), and a way to unmount it. */
export interface HookProbe<T> {
  readonly current: T;
  /** Every value the hook returned, one per render. */
  readonly renders: T[];
  unmount(): void;
}

const mounted = new Set<HookProbe<unknown>>();

/** Unmounts every probe still mounted: `afterEach(unmountHooks)` keeps one test's hooks out of the next. */
export function unmountHooks(): void {
  for (const probe of mounted) probe.unmount();
}

/** Renders `hook` in a component of its own inside `act`, so its effects have run when this resolves. */
export async function renderHook<T>(hook: () => T): Promise<HookProbe<T>> {
  const renders: T[] = [];
  function Probe() {
    renders.push(hook());
    return null;
  }
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Probe />, root));
  const probe: HookProbe<T> = {
    get current() {
      return renders.at(-1)!;
    },
    renders,
    unmount: () => {
      mounted.delete(probe);
      render(null, root);
      root.remove();
    },
  };
  mounted.add(probe);
  return probe;
}

/** Lets pending promises settle and the re-renders they cause run (inside `act`). */
export const settle = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Runs a callback the hook returned (a click, a typed query) and waits for the re-render. */
export const call = (run: () => unknown): Promise<void> =>
  act(() => {
    run();
  });
