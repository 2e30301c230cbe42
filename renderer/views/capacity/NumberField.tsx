import { useState } from 'react';

/**
 * A number typed in a table cell: committed on Enter or leaving the field, refused (and marked invalid) when it is
 * not a number within bounds. Keyed on the value, so undo and redo show through.
 */
export function NumberField({
  value,
  label,
  min = 0,
  max = Infinity,
  integer = false,
  scale = 1,
  onCommit,
}: {
  value: number;
  label: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Shown value = stored value × scale (100 for a fraction shown as %). */
  scale?: number;
  onCommit: (v: number) => void;
}) {
  const [invalid, setInvalid] = useState(false);
  const shown = Number((value * scale).toPrecision(6));
  const commit = (el: HTMLInputElement) => {
    const v = Number(el.value.trim().replace(',', '.')) / scale;
    const ok =
      el.value.trim() !== '' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));
    setInvalid(!ok);
    if (ok && v !== value) onCommit(v);
    if (!ok)
      el.title = `${label}: expected ${integer ? 'a whole number' : 'a number'} from ${min * scale}${Number.isFinite(max) ? ` to ${max * scale}` : ''}`;
  };
  return (
    <input
      key={shown}
      className="num-field"
      type="text"
      inputMode="decimal"
      defaultValue={String(shown)}
      aria-label={label}
      aria-invalid={invalid || undefined}
      onBlur={(e) => commit(e.currentTarget)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(e.currentTarget);
        if (e.key === 'Escape') {
          e.currentTarget.value = String(shown);
          setInvalid(false);
        }
      }}
    />
  );
}
