import type { RedactionOptions } from '../../shared/redaction';

/**
 * The names a user types (the CLI's `--redact-names`, the export dialogs' field) as redaction options: commas part
 * people, `|` parts spellings of one person ("Dana Smith|dana|dsmith, Lee"), who then share one placeholder.
 */
export function parseNameList(text: string): NonNullable<RedactionOptions['names']> {
  return text
    .split(/[,\n;]/)
    .map((person) =>
      person
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    )
    .filter((spellings) => spellings.length > 0)
    .map((spellings) => (spellings.length === 1 ? spellings[0]! : spellings));
}
