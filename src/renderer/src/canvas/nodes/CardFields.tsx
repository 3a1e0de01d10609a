/**
 * The plan's chosen fields (View › Fields on cards…) as small lines on a person's card, each cut with an ellipsis
 * and whole in its tooltip. The choice is read with one narrow selector: it changes only when the user chooses.
 */
import type { PlanNode } from '@shared/model/types';
import { cardFieldLines, type CardFieldLine } from '@shared/view/card-fields';
import { useEditor } from '../../store/hooks';

export function useCardFieldLines(node: PlanNode): CardFieldLine[] {
  const chosen = useEditor((s) => s.plan.layout?.cardFields);
  return cardFieldLines(node, chosen);
}

export function CardFields({ lines }: { readonly lines: readonly CardFieldLine[] }) {
  return (
    <ul className="op-card__fields" aria-label="Fields">
      {lines.map(({ name, value }) => (
        <li key={name} className="op-card__field" title={`${name}: ${value}`} data-field={name}>
          {value}
        </li>
      ))}
    </ul>
  );
}
