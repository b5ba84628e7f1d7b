// Which plain-text and Markdown documents look like a report, so that notes, READMEs and code
// comments in those languages are left alone unless the writer asks for every file.

import type { DocumentModel } from '../engine';

/** Share of non-space characters that must be Han for a text to count as Chinese prose. */
const MIN_HAN_SHARE = 0.3;

/** Chinese text with at least one first-level heading numbered with a Chinese numeral (一、 or a variant). */
export function looksLikeReport(model: DocumentModel): boolean {
  const hasFirstLevelHeading = model.headings.some((h) => h.marker?.level === 1 && h.marker.numeral === 'chinese');
  if (!hasFirstLevelHeading) return false;
  let han = 0;
  let visible = 0;
  for (const ch of model.text) {
    if (/\s/.test(ch)) continue;
    visible++;
    if (/\p{Script=Han}/u.test(ch)) han++;
  }
  return visible > 0 && han / visible >= MIN_HAN_SHARE;
}
