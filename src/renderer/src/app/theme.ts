/** Light and dark: follows the OS unless the user picks one; applied as `data-theme` on the document. */
import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '@shared/settings/preferences';
import { useSettings } from '../store/hooks';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => {
    media.removeEventListener('change', onChange);
  };
}

function systemIsDark(): boolean {
  return window.matchMedia(QUERY).matches;
}

function resolveTheme(preference: Theme, systemDark: boolean): 'light' | 'dark' {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** The theme in force, kept on `<html data-theme>` for the CSS variables. */
export function useResolvedTheme(): 'light' | 'dark' {
  const preference = useSettings().theme;
  const systemDark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  const theme = resolveTheme(preference, systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return theme;
}
