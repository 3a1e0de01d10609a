import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ON_ROLES, articleOnRole } from '@shared/article/about-roles';

const articlePath = fileURLToPath(
  new URL('../../fixtures/article/product-owner-vs-product-manager.txt', import.meta.url),
);
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('what the article says about the PM and PO roles', () => {
  it('quotes the article verbatim, every note', () => {
    const article = collapse(readFileSync(articlePath, 'utf8'));
    const notes = Object.values(ARTICLE_ON_ROLES).flat();
    expect(notes.length).toBeGreaterThanOrEqual(8);
    for (const note of notes) expect(article.includes(collapse(note.quote)), note.quote).toBe(true);
  });

  it('covers vision and the long term, a job and a larger team for the PM; backlog, sprints and a role for the PO', () => {
    const topics = (kind: 'pm' | 'po') => articleOnRole(kind).map((note) => `${note.topic}: ${note.quote}`);
    expect(topics('pm').join('\n')).toMatch(/vision[\s\S]*Long-term[\s\S]*the job[\s\S]*larger team/);
    expect(topics('po').join('\n')).toMatch(/backlog[\s\S]*sprint[\s\S]*the role/);
  });

  it('has nothing to say about people, teams and stakeholders', () => {
    expect(articleOnRole('person')).toEqual([]);
    expect(articleOnRole('team')).toEqual([]);
    expect(articleOnRole('stakeholder')).toEqual([]);
  });
});
