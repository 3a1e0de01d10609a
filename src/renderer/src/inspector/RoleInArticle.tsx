/** "What the article says about this role": quotes on the PM and PO cards' inspector, information, not rules. */
import { articleOnRole } from '@shared/article/about-roles';
import type { NodeKind } from '@shared/model/types';
import { Section } from './fields';
import './role-notes.css';

export function RoleInArticle({ kind }: { readonly kind: NodeKind }) {
  const notes = articleOnRole(kind);
  if (notes.length === 0) return null;
  return (
    <Section title="What the article says about this role">
      <dl className="op-role-notes" data-testid="role-notes">
        {notes.map((note) => (
          <div key={note.quote} className="op-role-notes__item">
            <dt>{note.topic}</dt>
            <dd>
              <q>{note.quote}</q>
            </dd>
          </div>
        ))}
      </dl>
      <p className="op-role-notes__source">— “Product Owner vs Product Manager”. Described, not checked.</p>
    </Section>
  );
}
