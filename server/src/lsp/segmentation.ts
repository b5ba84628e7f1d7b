// Where the server gets word segmentation. Loading nodejieba takes about a second and blocks
// the thread, so it is loaded after the first diagnostics are out. Until it is ready, the
// server publishes the findings of the rules that do not segment (see `analysis.ts`), and checks
// again when it is. The segmenter itself falls back to Intl.Segmenter, with a one-time warning,
// where the native module cannot load.

import type { Segmenter } from '../engine';

export type SegmenterState = { status: 'loading' } | { status: 'ready'; segmenter: Segmenter | undefined };

export interface SegmenterSource {
  /** Where loading stands; asking does not start it. */
  state(): SegmenterState;
  /** Starts loading if it has not started; resolves once loading finished. */
  whenReady(): Promise<void>;
}

/**
 * A segmenter loaded on a later turn of the event loop than the first request for it. The server
 * asks for it only once the first diagnostics have been written, because loading blocks the
 * thread for about a second. `load` must return a
 * segmenter that is ready to cut; if it throws, the engine's built-in segmenter is used.
 */
export function lazySegmentation(load: () => Segmenter, onError: (message: string) => void): SegmenterSource {
  let state: SegmenterState = { status: 'loading' };
  let ready: Promise<void> | undefined;
  const whenReady = (): Promise<void> =>
    (ready ??= new Promise<void>((resolve) => {
      setTimeout(() => {
        let segmenter: Segmenter | undefined;
        try {
          segmenter = load();
        } catch (e) {
          onError(`word segmentation could not be loaded (${e instanceof Error ? e.message : String(e)}); using the built-in segmenter`);
        }
        state = { status: 'ready', segmenter };
        resolve();
      }, 0);
    }));
  return {
    state: () => state,
    whenReady,
  };
}
