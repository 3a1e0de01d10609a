/**
 * Keyboard shortcuts as written in the command catalog ("Mod+Z",
 * "Shift+L", "Delete", "?") and how they match key events. "Mod" is Cmd on
 * macOS and Ctrl elsewhere; tooltips show the platform's spelling.
 */

export interface KeyCombo {
  readonly key: string;
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

export function parseCombo(spec: string): KeyCombo {
  // "+" alone is the plus key; otherwise "+" separates modifiers from the key.
  const parts = spec === '+' ? ['+'] : spec.split('+');
  const key = parts[parts.length - 1] ?? '';
  const mods = new Set(parts.slice(0, -1));
  return { key, mod: mods.has('Mod'), shift: mods.has('Shift'), alt: mods.has('Alt') };
}

export interface KeyEventLike {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

const isLetter = (key: string): boolean => /^[A-Z]$/.test(key);
const isDigit = (key: string): boolean => /^[0-9]$/.test(key);
/** Symbols typed with or without Shift depending on the layout: Shift is not compared. */
const isSymbol = (key: string): boolean => key.length === 1 && !isLetter(key) && !isDigit(key);

function keyMatches(combo: KeyCombo, event: KeyEventLike): boolean {
  if (isLetter(combo.key)) {
    // The character first (AZERTY, Dvorak), the physical key for non-Latin layouts.
    const char = event.key.length === 1 ? event.key.toUpperCase() : '';
    return /^[A-Z]$/.test(char) ? char === combo.key : event.code === `Key${combo.key}`;
  }
  if (isDigit(combo.key)) return event.code === `Digit${combo.key}` || event.code === `Numpad${combo.key}`;
  return event.key === combo.key;
}

export function matchesCombo(combo: KeyCombo, event: KeyEventLike, mac: boolean): boolean {
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== combo.mod || otherMod || event.altKey !== combo.alt) return false;
  if (!isSymbol(combo.key) && event.shiftKey !== combo.shift) return false;
  return keyMatches(combo, event);
}

export function isMacPlatform(nav: { readonly platform?: string; readonly userAgent?: string } | undefined): boolean {
  const text = `${nav?.platform ?? ''} ${nav?.userAgent ?? ''}`;
  return /Mac|iPhone|iPad/.test(text);
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  Delete: 'Del',
  Backspace: 'Backspace',
  Escape: 'Esc',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

/** "Ctrl+Shift+Z" on Windows and Linux, "⇧⌘Z" on macOS. */
export function formatCombo(spec: string, mac: boolean): string {
  const combo = parseCombo(spec);
  const key = KEY_NAMES[combo.key] ?? combo.key;
  if (mac) return `${combo.alt ? '⌥' : ''}${combo.shift ? '⇧' : ''}${combo.mod ? '⌘' : ''}${key}`;
  return [combo.mod && 'Ctrl', combo.shift && 'Shift', combo.alt && 'Alt', key].filter(Boolean).join('+');
}

/** "Shift+Mod+S" as Electron writes an accelerator: "CmdOrCtrl+Shift+S". */
export function toAccelerator(spec: string): string {
  const combo = parseCombo(spec);
  return [combo.mod && 'CmdOrCtrl', combo.shift && 'Shift', combo.alt && 'Alt', combo.key].filter(Boolean).join('+');
}
