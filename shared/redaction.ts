/** What the redaction pass for text leaving the team finds and replaces (models/redact). */
export type RedactionKind = 'name' | 'email' | 'ip' | 'phone' | 'secret';

export interface RedactionOptions {
  /**
   * People to hide, as the user lists them. A string is one spelling; an array is several spellings of one person
   * (`['Dana Smith', 'dana', 'dsmith']`), which all get the same placeholder. `@mentions` are hidden without a list.
   */
  names?: (string | string[])[];
  /** Kinds to leave as they are (all are redacted by default). */
  keep?: RedactionKind[];
}

/** One value taken out and the placeholder that stands for it everywhere in the document. */
export interface Redaction {
  placeholder: string;
  kind: RedactionKind;
  value: string;
}

export interface RedactionResult {
  text: string;
  /** Kept by the user, never exported: the key that maps placeholders back to values. */
  redactions: Redaction[];
}
