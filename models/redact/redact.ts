import type { Redaction, RedactionKind, RedactionOptions, RedactionResult } from '../../shared/redaction';

/**
 * The redaction pass for incident text that leaves the team: people (a user-given list and `@mentions`), e-mail
 * addresses, IPv4 and IPv6 addresses, phone numbers and credentials inside URLs become placeholders such as
 * `[email-1]`. One Redactor serves one document, so a value gets the same placeholder in every field of it.
 *
 * Decisions a reader may question: a dotted quad that is a valid IPv4 address (`1.2.3.4`) is redacted even where it
 * could be a version number, because a leaked address costs more than a hidden version; three-part versions
 * (`0.9.0`), times (`16:20:51.787`), dates and MAC addresses are not addresses and are left alone.
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// Not part of a longer dotted number (`1.2.3.4.5`) or a word.
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
// Candidates only; isIpv6 decides (RFC 4291, 2.2: eight groups, or fewer with one "::", optionally ending in IPv4).
const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/gi;
// The everyday shape of an address (the full RFC 5322 grammar admits far more than anyone writes in an incident).
const EMAIL =
  /(?<![\w.+-])[\w.+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?![\w-])/gi;
// scheme://user[:password]@ — the userinfo part (RFC 3986, 3.2.1) is what leaks.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@]+)@/gi;
// International numbers (E.164 allows at most 15 digits) and North American ones written with separators. A bare
// number right after an international one, with only a space between, is taken as more of its digits: over-redaction.
const PHONE_INTL = /(?<![\w+])\+\d[\d\s().-]{6,20}\d(?![\w])/g;
const PHONE_NANP = /(?<![\w.+-])(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-]|\.\d)/g;
// Slack, GitHub and chat mentions: @ at a word start, a handle that starts with a letter.
const MENTION = /(?<![\w.@/+\]-])@([a-z][\w.-]*[\w]|[a-z])/gi;

export function isIpv6(candidate: string): boolean {
  let text = candidate.toLowerCase();
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    // An embedded IPv4 address fills the last two groups.
    if (!new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`).test(tail)) return false;
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const parts = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!parts.every((p) => /^[0-9a-f]{1,4}$/.test(p))) return false;
  return halves.length === 2 ? parts.length < 8 : parts.length === 8;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Redactor {
  private readonly byKey = new Map<string, Redaction>();
  private readonly counts = new Map<RedactionKind, number>();
  private readonly keep: ReadonlySet<RedactionKind>;
  /** Each spelling of a listed person, longest first so "Dana Smith" wins over "Dana", with its person's key. */
  private readonly names: { pattern: RegExp; key: string }[];
  private readonly aliasKey = new Map<string, string>();

  constructor(options: RedactionOptions = {}) {
    this.keep = new Set(options.keep ?? []);
    const spellings: { spelling: string; key: string }[] = [];
    for (const entry of options.names ?? []) {
      const list = (Array.isArray(entry) ? entry : [entry])
        .map((s) => s.trim().replace(/^@/, ''))
        .filter((s) => s.length > 0);
      if (list.length === 0) continue;
      const key = list[0]!.toLowerCase();
      for (const spelling of list) {
        spellings.push({ spelling, key });
        this.aliasKey.set(spelling.toLowerCase(), key);
      }
    }
    spellings.sort((a, b) => b.spelling.length - a.spelling.length);
    this.names = spellings.map(({ spelling, key }) => ({
      // Whole words only, in any script ("Ana" must not hide part of "Analytics"), never a placeholder's word; a
      // leading @ goes with the name, so "@dana" and "Dana" read alike.
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}_[])@?${escapeRegExp(spelling).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}_]|-\\d+\\])`,
        'giu',
      ),
      key,
    }));
  }

  /** Redact one string of the document. */
  text(input: string): string {
    let out = input;
    if (!this.keep.has('secret'))
      out = out.replace(
        URL_USERINFO,
        (_, scheme: string, info: string) => `${scheme}${this.placeholder('secret', info, info)}@`,
      );
    if (!this.keep.has('email')) out = out.replace(EMAIL, (m) => this.placeholder('email', m, m.toLowerCase()));
    if (!this.keep.has('ip')) {
      out = out.replace(IPV6_CANDIDATE, (m) => (isIpv6(m) ? this.placeholder('ip', m, m.toLowerCase()) : m));
      out = out.replace(IPV4, (m) => this.placeholder('ip', m, m));
    }
    if (!this.keep.has('phone')) {
      out = out.replace(PHONE_INTL, (m) => {
        const digits = m.replace(/\D/g, '').length;
        return digits >= 8 && digits <= 15 ? this.placeholder('phone', m, m.replace(/\D/g, '')) : m;
      });
      out = out.replace(PHONE_NANP, (m) => this.placeholder('phone', m, m.replace(/\D/g, '')));
    }
    if (!this.keep.has('name')) {
      for (const { pattern, key } of this.names) out = out.replace(pattern, (m) => this.placeholder('name', m, key));
      out = out.replace(MENTION, (m, handle: string) =>
        this.placeholder('name', m, this.aliasKey.get(handle.toLowerCase()) ?? handle.toLowerCase()),
      );
    }
    return out;
  }

  /** Every value taken out so far, in order of first appearance. */
  redactions(): Redaction[] {
    return [...this.byKey.values()];
  }

  private placeholder(kind: RedactionKind, value: string, key: string): string {
    const id = `${kind}\u0000${key}`;
    let found = this.byKey.get(id);
    if (!found) {
      const n = (this.counts.get(kind) ?? 0) + 1;
      this.counts.set(kind, n);
      found = { placeholder: `[${kind}-${n}]`, kind, value };
      this.byKey.set(id, found);
    }
    return found.placeholder;
  }
}

/** Redact one piece of text on its own. */
export function redactText(text: string, options: RedactionOptions = {}): RedactionResult {
  const redactor = new Redactor(options);
  return { text: redactor.text(text), redactions: redactor.redactions() };
}

/** Redact the strings of one document together, so a value keeps its placeholder across them. */
export function redactTexts(
  texts: readonly string[],
  options: RedactionOptions = {},
): { texts: string[]; redactions: Redaction[] } {
  const redactor = new Redactor(options);
  return { texts: texts.map((t) => redactor.text(t)), redactions: redactor.redactions() };
}
