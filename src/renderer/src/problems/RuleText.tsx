/**
 * A rule explained the same way everywhere (a problem's explanation and the
 * Rules view): its summary, the article's passage it comes from, quoted,
 * where the article pulls the other way (its tension), and the fix hint.
 * Plain org-design rules have no quote and say so.
 */
import { QUOTE_SEPARATOR, type RuleInfo, type RuleTension } from '@shared/rules/catalog';

function Tension({ tension }: { readonly tension: RuleTension }) {
  return (
    <div className="op-rule-text__tension" data-testid="rule-tension">
      <p className="op-rule-text__tension-title">
        <strong>The article also says:</strong>
      </p>
      {tension.passages.map((passage) => (
        <blockquote key={passage}>“{passage}”</blockquote>
      ))}
      <p>{tension.note}</p>
    </div>
  );
}

export function RuleText({ rule }: { readonly rule: RuleInfo }) {
  const passages = rule.quote?.split(QUOTE_SEPARATOR) ?? [];
  return (
    <div className="op-rule-text">
      <p className="op-rule-text__summary">{rule.summary}</p>
      {passages.length > 0 ? (
        <figure className="op-rule-text__quote">
          {passages.map((passage) => (
            <blockquote key={passage} data-testid="rule-quote">
              “{passage}”
            </blockquote>
          ))}
          <figcaption>
            — {rule.quoteFrom === 'table' ? 'the comparison table of ' : ''}“Product Owner vs Product Manager”
          </figcaption>
        </figure>
      ) : (
        <p className="op-rule-text__origin">An org-design rule, not from the article.</p>
      )}
      {rule.tension !== undefined && <Tension tension={rule.tension} />}
      <p className="op-rule-text__hint">
        <strong>How to fix: </strong>
        {rule.fixHint}
      </p>
    </div>
  );
}
