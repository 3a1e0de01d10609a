/** Notices (a refused connection's reason, a manager replaced...): shown for a few seconds, announced to screen readers. */
import { useEffect } from 'react';
import { dismissNoticeAction } from '../actions/ui';
import { useDispatch, useUi } from '../store/hooks';
import type { Notice } from '../store/types';
import { Icon } from '../ui/icons';

const LIFETIME_MS = { info: 5000, error: 8000 } as const;

function Toast({ notice }: { notice: Notice }) {
  const dispatch = useDispatch();
  useEffect(() => {
    const timer = window.setTimeout(() => {
      dispatch(dismissNoticeAction, notice.id);
    }, LIFETIME_MS[notice.tone]);
    return () => {
      window.clearTimeout(timer);
    };
  }, [dispatch, notice]);
  return (
    <div className={`op-toast op-toast--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <Icon name={notice.tone === 'error' ? 'alert' : 'info'} />
      <span className="op-toast__text">{notice.text}</span>
      <button
        type="button"
        className="op-icon-button"
        aria-label="Dismiss"
        title="Dismiss"
        onClick={() => {
          dispatch(dismissNoticeAction, notice.id);
        }}
      >
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const notices = useUi((ui) => ui.notices);
  return (
    <div className="op-toasts" aria-live="polite">
      {notices.map((notice) => (
        <Toast key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
