/**
 * Text output shows names and paths that come from files, so a name must not
 * be able to move the cursor, recolour the terminal, forge a line of its own
 * ("0 errors") or reverse the text around it. Control characters (C0 but tab,
 * DEL, C1), line and paragraph separators and the bidirectional overrides,
 * isolates and marks are printed as visible escapes. JSON output needs none
 * of this: JSON.stringify escapes control characters, and it is read by programs.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r' };

function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

/** `text` with every unsafe character replaced by a visible escape (`\n`, `\x1b`, `\u202e`). */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}
