/**
 * What the article describes, rather than prescribes, about the PM and PO
 * roles (issue 12, item 8): shown as information on the PM and PO cards'
 * inspector, never checked as rules. Every quote is verbatim from the article
 * (test/shared/article/about-roles.test.ts compares them); table cells are
 * quoted as the table gives them and say so in their topic.
 */
import type { NodeKind } from '../model/types';

export interface RoleNote {
  /** What the passage is about, in a few words. */
  readonly topic: string;
  /** The article's words, verbatim. */
  readonly quote: string;
}

export const ARTICLE_ON_ROLES: Readonly<Partial<Record<NodeKind, readonly RoleNote[]>>> = {
  pm: [
    { topic: 'Vision', quote: 'Define the product vision and works to accomplish it.' },
    { topic: 'Focus (the article’s table)', quote: 'Long-term focus on the company goals.' },
    { topic: 'Roadmap (the article’s table)', quote: 'Creates a product roadmap' },
    { topic: 'A job', quote: 'Product Manager is the job where the person is the brand ambassador of the product.' },
    {
      topic: 'A larger team',
      quote:
        'He/she works with a relatively larger team wherein the objectives are defined by inputs from marketers, analysts, and researchers.',
    },
  ],
  po: [
    { topic: 'Backlog', quote: 'He is responsible for maintaining and optimizing the product backlog.' },
    {
      topic: 'Sprints',
      quote:
        'He is also responsible for initiating the sprint and review meetings that will help streamline the whole development process.',
    },
    { topic: 'Focus (the article’s table)', quote: 'Short-term goals for the company.' },
    { topic: 'Vision (the article’s table)', quote: 'Contributes to the vision of the PM.' },
    {
      topic: 'A role',
      quote:
        'Product Owner is the role played by an individual in a scrum team to write stories and prioritize backlogs.',
    },
  ],
};

/** The notes for a node kind; none for people, teams and stakeholders. */
export function articleOnRole(kind: NodeKind): readonly RoleNote[] {
  return ARTICLE_ON_ROLES[kind] ?? [];
}
