// Paths inside an OOXML package: where a part's relationships are, and what a relationship's
// target names. One copy for the reader, the layout facts and the annotated copy.

/** The relationships part of `part`: word/document.xml → word/_rels/document.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The package path a relationship of `base` targets (relative to base's folder, or absolute). */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}
