/** Whether the postmortem export redacts, and which names besides those the study names: remembered between sessions. */
export interface PostmortemRedaction {
  redact: boolean;
  /** As typed: commas part people, `|` parts spellings of one person ("Dana Smith|dana, Lee"). */
  names: string;
}

const KEY = 'headroom.postmortem.redaction.v1';

export function loadRedaction(): PostmortemRedaction {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return { redact: false, names: '' };
    const r = raw as Partial<Record<keyof PostmortemRedaction, unknown>>;
    return { redact: r.redact === true, names: typeof r.names === 'string' ? r.names : '' };
  } catch {
    return { redact: false, names: '' };
  }
}

export function saveRedaction(choice: PostmortemRedaction): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    // Storage full or disabled: the choice lasts this session only, which is harmless.
  }
}
