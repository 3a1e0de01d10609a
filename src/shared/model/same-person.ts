/**
 * Two nodes denote the same person when their names are equal after
 * trimming, collapsing inner white space and ignoring case (format.md).
 * Returns undefined for names that must never match (empty ones).
 */
export function samePersonKey(name: string): string | undefined {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? undefined : key;
}
