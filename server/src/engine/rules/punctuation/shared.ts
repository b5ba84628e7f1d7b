// What the punctuation rules share.

import type { DocumentModel } from '../../model';

/** Offsets inside heading markers such as (五) or （一）、: the numbering rules own how they are written. */
export function markerOffsets(model: DocumentModel): Set<number> {
  const offsets = new Set<number>();
  for (const h of model.headings) if (h.marker) for (let i = h.marker.span.start; i < h.marker.span.end; i++) offsets.add(i);
  return offsets;
}

/** Full-width punctuation of Chinese text (closing and opening marks included). */
export function isChinesePunctuation(ch: string | undefined): boolean {
  return ch !== undefined && '，。、；：？！“”‘’《》（）〔〕【】「」『』…—·'.includes(ch);
}
