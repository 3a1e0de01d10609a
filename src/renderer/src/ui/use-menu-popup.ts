/**
 * A header drop-down menu's behaviour (LayoutMenu, ScenarioMenu): open state, the checked item focused on opening,
 * closing on a pointer-down outside, and the menu's keys (ArrowUp/ArrowDown/Home/End move, Escape closes back to
 * the toggle, Tab closes). Keys are stopped here so the editor's single-key shortcuts never see them.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export function useMenuPopup() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    // Focus the checked choice, as a menu of radio items does.
    ref.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
    const close = (event: PointerEvent): void => {
      if (ref.current?.contains(event.target as Node) !== true) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const closeMenu = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not(:disabled)') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number): void => items[(i + items.length) % items.length]?.focus();
    event.stopPropagation();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') closeMenu();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    event.preventDefault();
  };

  return { open, setOpen, ref, toggle, closeMenu, onMenuKey };
}
