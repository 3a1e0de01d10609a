import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import './test/support/node20-polyfills.mjs';

/** The IPC contract coverage check reads what every journey recorded, so it runs after all of them. */
class ContractCoverageLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isCoverage = (file: TestSpecification): boolean => file.moduleId.endsWith('contract-coverage.desktop.ts');
    return [...sorted.filter((file) => !isCoverage(file)), ...sorted.filter(isCoverage)];
  }
}

/**
 * Desktop journeys: the built main process (out/main) with the real preload and renderer, Electron replaced by the
 * double in test/desktop/harness (see test/desktop/README.md). Needs `npm run build` first.
 */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) },
  },
  test: {
    include: ['test/desktop/**/*.desktop.ts'],
    environment: 'node',
    globalSetup: ['test/desktop/global-setup.ts'],
    // Two cores shared with other work: one browser, one file at a time.
    fileParallelism: false,
    sequence: { sequencer: ContractCoverageLast },
    testTimeout: 90_000,
    // Conditions, not sleeps: a loaded machine gets time (drafts alone wait a second and an idle moment).
    expect: { poll: { timeout: 20_000, interval: 50 } },
    hookTimeout: 60_000,
  },
});
