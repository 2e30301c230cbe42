import { useEffect, useState } from 'react';

/**
 * A section the writer edits in place. Typing stays local; the study changes once, when focus leaves, so one undo
 * step undoes one edit of a section rather than one keystroke.
 */
export function TextSection({
  label,
  value,
  onCommit,
  rows = 4,
  hint,
}: {
  label: string;
  value: string;
  onCommit(next: string): void;
  rows?: number;
  hint?: string;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const id = `pm-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <div className="pm-section">
      <label htmlFor={id}>{label}</label>
      {hint && <span className="muted pm-hint">{hint}</span>}
      <textarea
        id={id}
        rows={rows}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => text !== value && onCommit(text)}
      />
    </div>
  );
}

/** A list edited as lines: one item per line, empty lines dropped. */
export function ListSection({
  label,
  items,
  onCommit,
  hint,
}: {
  label: string;
  items: string[];
  onCommit(next: string[]): void;
  hint?: string;
}) {
  return (
    <TextSection
      label={label}
      hint={hint ?? 'one item per line'}
      rows={Math.max(3, items.length + 1)}
      value={items.join('\n')}
      onCommit={(text) =>
        onCommit(
          text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        )
      }
    />
  );
}
