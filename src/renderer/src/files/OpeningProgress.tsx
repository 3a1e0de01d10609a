/**
 * "Opening big.orgplan.json… Checking the plan", with Cancel, while a large plan is read in a worker.
 * Shown only after a short delay, so ordinary files never flash it; Escape cancels like the button.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { currentOpening, subscribeToOpening } from '../platform/opening-progress';
import type { PlanOpenStage } from '../platform/plan-open-job';

const STAGES: Readonly<Record<PlanOpenStage, string>> = {
  reading: 'Reading the file',
  checking: 'Checking the plan',
};

/** Work that ends sooner than this shows nothing. */
const SHOW_AFTER_MS = 250;

export function OpeningProgress() {
  const opening = useSyncExternalStore(subscribeToOpening, currentOpening);
  const [shownJob, setShownJob] = useState<number | null>(null);
  const job = opening?.job;
  useEffect(() => {
    if (job === undefined) return;
    const timer = window.setTimeout(() => {
      setShownJob(job);
    }, SHOW_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [job]);
  const cancel = opening?.cancel;
  useEffect(() => {
    if (cancel === undefined) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [cancel]);
  if (opening === null || shownJob !== opening.job) return null;
  const name = opening.fileName ?? 'the plan';
  return (
    <div className="op-opening" role="status" aria-live="polite" data-testid="opening-progress">
      <span className="op-opening__text">
        Opening “{name}”… {STAGES[opening.stage]}
      </span>
      <progress aria-label={`Opening ${name}`} />
      {cancel !== undefined && (
        <button type="button" className="op-button" data-testid="opening-cancel" onClick={cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
