/**
 * The Rules view: the whole catalog, each rule explained like a problem is
 * (summary, the article's passage, fix hint), with this plan's settings:
 * on or off, severity, options. Every change is one undo step and is saved
 * with the plan (its `rules` object).
 */
import { useMemo, useState } from 'react';
import { SEVERITIES, type Severity } from '@shared/model/types';
import { RULE_CATALOG, isValidOptionValue, type RuleInfo } from '@shared/rules/catalog';
import { resolveRuleSettings, ruleConfigOf } from '@shared/rules/settings';
import {
  resetRuleAction,
  setRuleEnabledAction,
  setRuleOptionAction,
  setRuleSeverityAction,
} from '../actions/rule-edits';
import { RuleText } from '../problems/RuleText';
import { SeverityIcon } from '../problems/SeverityIcon';
import { useViolations } from '../problems/violations';
import { useDispatch, usePlan } from '../store/hooks';
import { cx } from '../ui/cx';
import { RuleSetFile } from './RuleSetFile';
import './rules.css';

function RuleRow({ rule, count }: { readonly rule: RuleInfo; readonly count: number }) {
  const plan = usePlan();
  const dispatch = useDispatch();
  const settings = resolveRuleSettings(plan, rule.id);
  const customised = ruleConfigOf(plan, rule.id) !== undefined;
  const [open, setOpen] = useState(false);
  return (
    <li className={cx('op-rule', !settings.enabled && 'is-disabled')} data-testid="rule-row" data-rule={rule.id}>
      <div className="op-rule__head">
        <label
          className="op-rule__toggle"
          title={settings.enabled ? 'Switch this rule off for this plan' : 'Switch it on'}
        >
          <input
            type="checkbox"
            checked={settings.enabled}
            aria-label={`Check ${rule.id}`}
            onChange={(event) => {
              dispatch(setRuleEnabledAction, { ruleId: rule.id, enabled: event.currentTarget.checked });
            }}
          />
          <SeverityIcon severity={settings.severity} />
          <code>{rule.id}</code>
        </label>
        <span className="op-rule__count">
          {settings.enabled ? `${count} ${count === 1 ? 'problem' : 'problems'}` : 'off'}
        </span>
        <select
          aria-label={`Severity of ${rule.id}`}
          value={settings.severity}
          disabled={!settings.enabled}
          onChange={(event) => {
            dispatch(setRuleSeverityAction, { ruleId: rule.id, severity: event.currentTarget.value as Severity });
          }}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
              {s === rule.defaultSeverity ? ' (default)' : ''}
            </option>
          ))}
        </select>
        {(rule.options ?? []).map((option) => (
          <label key={option.name} className="op-rule__option" title={option.description}>
            {option.name}
            <input
              type="number"
              min={option.default === 0 ? 0 : 1}
              step={1}
              aria-label={`${rule.id} ${option.name}`}
              disabled={!settings.enabled}
              // Keyed by the value so undo/redo shows the plan's value again.
              key={settings.options[option.name]}
              defaultValue={settings.options[option.name]}
              onBlur={(event) => {
                const value = Number(event.currentTarget.value);
                if (isValidOptionValue(option, value))
                  dispatch(setRuleOptionAction, { ruleId: rule.id, name: option.name, value });
                else event.currentTarget.value = String(settings.options[option.name]);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.currentTarget.blur();
              }}
            />
          </label>
        ))}
        {customised && (
          <button
            type="button"
            className="op-link-button"
            title="Back to the catalog's defaults"
            onClick={() => {
              dispatch(resetRuleAction, rule.id);
            }}
          >
            Reset
          </button>
        )}
        <button
          type="button"
          className="op-link-button"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? 'Less' : 'Why?'}
        </button>
      </div>
      {open ? <RuleText rule={rule} /> : <p className="op-rule__summary">{rule.summary}</p>}
    </li>
  );
}

export function RulesView() {
  const violations = useViolations();
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const v of violations) if (v.waived !== true) map.set(v.ruleId, (map.get(v.ruleId) ?? 0) + 1);
    return map;
  }, [violations]);
  return (
    <div className="op-rules">
      <p className="op-rules__intro">
        Rules from the article and plain org-design checks. Settings here belong to this plan and are saved with it.
      </p>
      <RuleSetFile />
      <ul className="op-rules__list">
        {RULE_CATALOG.map((rule) => (
          <RuleRow key={rule.id} rule={rule} count={counts.get(rule.id) ?? 0} />
        ))}
      </ul>
    </div>
  );
}
