/**
 * A list of the people behind a figure (managers over the target, people in
 * no team): each row is a button that selects the card and centres it, as a
 * search hit does. Long lists show their first rows and a button for the rest,
 * so a 1,516-person plan does not render 1,516 buttons until asked.
 */
import { useState } from 'react';
import type { PersonRef } from '@shared/metrics/metric-people';
import { useCommands } from '../commands/context';

const FIRST_ROWS = 25;

export function PeopleList({
  title,
  people,
  empty,
  outside = false,
}: {
  readonly title: string;
  readonly people: readonly PersonRef[];
  readonly empty: string;
  /** The list is of people outside a target: said in words beside the count. */
  readonly outside?: boolean;
}) {
  const commands = useCommands();
  const [all, setAll] = useState(false);
  const shown = all ? people : people.slice(0, FIRST_ROWS);
  return (
    <section className="op-metrics__card op-metrics__people" aria-label={title} data-testid="metric-people">
      <h3 className="op-metrics__heading">
        {title} <span className="op-problems__count">{people.length}</span>
        {outside && people.length > 0 && <span className="op-metrics__missed">outside the target</span>}
      </h3>
      {people.length === 0 ? (
        <p className="op-metrics__empty">{empty}</p>
      ) : (
        <ul className="op-metrics__people-list">
          {shown.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="op-metrics__person"
                onClick={() => {
                  commands.goToNode(person.id);
                }}
              >
                <span>{person.label}</span>
                {person.reports !== undefined && (
                  <span className="op-metrics__reports">
                    {person.reports} {person.reports === 1 ? 'report' : 'reports'}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      {people.length > shown.length && (
        <button
          type="button"
          className="op-link-button"
          onClick={() => {
            setAll(true);
          }}
        >
          Show all {people.length}
        </button>
      )}
    </section>
  );
}
