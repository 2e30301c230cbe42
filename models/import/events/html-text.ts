/** Plain text from the small HTML that status pages and chat exports put in messages; the result is still untrusted text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(p|li|div)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Math.min(+d, 0x10ffff)))
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
