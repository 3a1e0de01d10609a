/** System / light / dark, as three small buttons. */
import { updateSettingsAction } from '../actions/ui';
import { titleFor } from '../commands/platform-keys';
import type { Theme } from '@shared/settings/preferences';
import { useDispatch, useSettings } from '../store/hooks';
import { cx } from '../ui/cx';
import { Icon, type IconName } from '../ui/icons';

const OPTIONS: readonly { value: Theme; label: string; icon: IconName }[] = [
  { value: 'system', label: 'Theme: follow the system', icon: 'system' },
  { value: 'light', label: 'Theme: light', icon: 'sun' },
  { value: 'dark', label: 'Theme: dark', icon: 'moon' },
];

export function ThemeSwitch() {
  const theme = useSettings().theme;
  const dispatch = useDispatch();
  return (
    <div className="op-theme-switch" role="group" aria-label="Theme">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          className={cx('op-icon-button', theme === option.value && 'is-on')}
          aria-pressed={theme === option.value}
          title={titleFor('theme', option.label)}
          data-testid={`theme-${option.value}`}
          onClick={() => {
            dispatch(updateSettingsAction, { theme: option.value });
          }}
        >
          <Icon name={option.icon} />
        </button>
      ))}
    </div>
  );
}
