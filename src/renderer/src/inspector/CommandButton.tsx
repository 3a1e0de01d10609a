/** An inspector button that runs a catalog command, titled with its name and shortcut like every other button. */
import type { ReactNode } from 'react';
import { useCommands } from '../commands/context';
import type { CommandId } from '@shared/commands/catalog';
import { titleFor } from '../commands/platform-keys';
import { Icon, type IconName } from '../ui/icons';

export function CommandButton({
  command,
  icon,
  danger = false,
  children,
}: {
  command: CommandId;
  icon: IconName;
  danger?: boolean;
  children: ReactNode;
}) {
  const commands = useCommands();
  return (
    <button
      type="button"
      className={danger ? 'op-button op-button--danger' : 'op-button'}
      title={titleFor(command)}
      onClick={() => {
        commands.run(command);
      }}
    >
      <Icon name={icon} /> {children}
    </button>
  );
}
