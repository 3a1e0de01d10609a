/**
 * pm-has-po: in the article's comparison table the PO turns the PM's vision
 * into a backlog; every PM has at least one PO among its direct reports
 * (solid lines only), who is someone else.
 */
import { QUOTE_SEPARATOR, defineRule } from './support/rule-types';
import { subjectLabel } from './support/labels';
import { hasDirectReportWhoIsA } from './support/query';

export const pmHasPo = defineRule({
  meta: {
    id: 'pm-has-po',
    defaultSeverity: 'info',
    origin: 'article',
    summary:
      'Every Product Manager has at least one Product Owner reporting directly to them: in the article’s table the PO turns the PM’s vision into a backlog.',
    quote:
      'Converting the product vision into an actionable backlog' +
      QUOTE_SEPARATOR +
      'Contributes to the vision of the PM.',
    quoteFrom: 'table',
    fixHint: 'Draw a reports-to line from a PO to the PM, or add a vacant PO role that reports to them.',
  },
  reads: { scope: 'node' },
  check: ({ index }, emit) => {
    for (const pm of index.nodesOf('pm')) {
      if (!hasDirectReportWhoIsA(index, pm, 'po'))
        emit([index.node(pm).id], [], `${subjectLabel(index.node(pm))} has no Product Owner reporting to them`);
    }
  },
});
