/** Every catalog command's behaviour, by id; the type requires each group file to cover its whole group. */
import type { CommandId } from '@shared/commands/catalog';
import type { CommandBehaviour } from '../command-types';
import { ARRANGE_COMMANDS } from './arrange';
import { EDIT_COMMANDS } from './edit';
import { FILE_COMMANDS } from './file';
import { PLACE_COMMANDS } from './place';
import { SCENARIO_COMMANDS } from './scenario';
import { VIEW_COMMANDS } from './view';

export const COMMAND_BEHAVIOURS: Readonly<Record<CommandId, CommandBehaviour>> = {
  ...FILE_COMMANDS,
  ...SCENARIO_COMMANDS,
  ...PLACE_COMMANDS,
  ...EDIT_COMMANDS,
  ...ARRANGE_COMMANDS,
  ...VIEW_COMMANDS,
};
