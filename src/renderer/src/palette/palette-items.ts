/** What the palette offers: one entry per kind of node, with the command (and shortcut) that adds it. */
import type { NewNodeSpec } from '@shared/edit';
import type { CommandId } from '@shared/commands/catalog';
import type { IconName } from '../ui/icons';

export interface PaletteItem {
  readonly command: CommandId;
  readonly label: string;
  readonly hint: string;
  readonly icon: IconName;
  /** CSS modifier giving the item its kind's colour. */
  readonly tone: 'pm' | 'po' | 'person' | 'team' | 'internal' | 'external';
  readonly spec: NewNodeSpec;
}

/** The drag-and-drop data type carrying a palette item's command id. */
export const PALETTE_MIME = 'application/x-org-planner-palette';

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  {
    command: 'addPm',
    label: 'Product Manager',
    hint: 'Owns the product vision and the external stakeholders',
    icon: 'pm',
    tone: 'pm',
    spec: { kind: 'pm' },
  },
  {
    command: 'addPo',
    label: 'Product Owner',
    hint: 'Owns one Scrum team’s backlog; deals with internal stakeholders',
    icon: 'po',
    tone: 'po',
    spec: { kind: 'po' },
  },
  {
    command: 'addPerson',
    label: 'Person',
    hint: 'Anyone else: CPO, director, scrum master, developer… (free title)',
    icon: 'person',
    tone: 'person',
    spec: { kind: 'person' },
  },
  {
    command: 'addTeam',
    label: 'Scrum team',
    hint: 'A team; connect its PO and members to it',
    icon: 'team',
    tone: 'team',
    spec: { kind: 'team' },
  },
  {
    command: 'addInternal',
    label: 'Internal stakeholder',
    hint: 'Sales, support, legal… inside the company',
    icon: 'internal',
    tone: 'internal',
    spec: { kind: 'stakeholder', scope: 'internal' },
  },
  {
    command: 'addExternal',
    label: 'External stakeholder',
    hint: 'Customers, partners, regulators… outside the company',
    icon: 'external',
    tone: 'external',
    spec: { kind: 'stakeholder', scope: 'external' },
  },
];

export function paletteItem(command: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((item) => item.command === command);
}
