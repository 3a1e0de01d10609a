/**
 * The screen the desktop build shows instead of the editor when its platform
 * cannot run (the preload's bridge is missing or incomplete): what is wrong,
 * what is missing by name, and what to do. Plain markup, no store: nothing of
 * the editor has started.
 */
import type { PlatformProblemReport } from './choice';

export function PlatformProblem({ problem }: { problem: PlatformProblemReport }) {
  return (
    <main className="platform-problem" role="alert" data-testid="platform-problem">
      <h1>Org Planner cannot start</h1>
      <p>{problem.summary}</p>
      {problem.missing.length > 0 && (
        <>
          <p>Missing:</p>
          <ul>
            {problem.missing.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        Nothing was opened or saved: the desktop app keeps plans only through its preload, so it stops here rather than
        keep your work where you would not find it. Reinstall the app, or rebuild it with <code>npm run build</code>. To
        use Org Planner in a browser instead, run <code>npm run web</code>.
      </p>
    </main>
  );
}
