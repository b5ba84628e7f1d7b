// Reading Word documents (.docx): a pure library, bytes in, text and its map to document.xml out.

export { readDocx, paragraphAt, xmlOffsetAt } from './read';
export type { DocxParagraph, DocxPiece, DocxPieceKind, DocxReadOptions, DocxReadResult, DocxText } from './read';
export type { DocxProblem, DocxProblemCode } from './messages';
export { annotateDocx } from './annotate';
export type { AnnotateOptions, AnnotateProblem, AnnotateResult, DocxComment, PlacedComment } from './annotate';
export { formatNumber } from './numbering';
export { readLayout } from './layout';
export { placeOf, withoutGeneratedEdits, type DocxPlace } from './findings';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip';
