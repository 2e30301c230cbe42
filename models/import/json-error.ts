/**
 * Where a JSON text first breaks (a character offset), or -1 when it is valid. JSON.parse says so only in
 * engine-specific wording, and Node 20 often not at all; a person fixing a file needs the line.
 * An iterative scanner with an explicit stack, so deep nesting cannot overflow the call stack.
 */
export function jsonErrorOffset(s: string): number {
  let i = 0;
  const n = s.length;
  const stack: number[] = []; // 123 '{' or 91 '['
  const ws = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c === 92) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else if (c < 32) return false;
      else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/.exec(s.slice(i, i + 400));
    if (!m || m[0] === '') return false;
    i += m[0].length;
    return true;
  };
  // expecting a value
  for (;;) {
    ws();
    if (i >= n) return i;
    const c = s.charCodeAt(i);
    if (c === 123 || c === 91) {
      stack.push(c);
      i++;
      ws();
      if (s.charCodeAt(i) === (c === 123 ? 125 : 93)) {
        stack.pop();
        i++;
      } else {
        if (c === 123) {
          if (s.charCodeAt(i) !== 34 || !string()) return i;
          ws();
          if (s.charCodeAt(i) !== 58) return i;
          i++;
        }
        continue;
      }
    } else if (c === 34) {
      if (!string()) return i;
    } else if (!scalar()) return i;
    // after a value: close containers or move to the next member
    for (;;) {
      ws();
      if (stack.length === 0) return i < n ? i : -1;
      const top = stack[stack.length - 1]!;
      const d = s.charCodeAt(i);
      if (d === (top === 123 ? 125 : 93)) {
        stack.pop();
        i++;
        continue;
      }
      if (d !== 44) return i;
      i++;
      if (top === 123) {
        ws();
        if (s.charCodeAt(i) !== 34 || !string()) return i;
        ws();
        if (s.charCodeAt(i) !== 58) return i;
        i++;
      }
      break;
    }
  }
}
