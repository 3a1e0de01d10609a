/**
 * The browser's side of the file flows: Open through a file input, Save and
 * exports as downloads, an in-memory current file name, the in-app unsaved
 * changes prompt before New and Open, and a `beforeunload` warning while dirty.
 * Failures come back as `failed` results with a message the renderer shows.
 */
import { describeCsvRefusal } from '@shared/csv/refusal';
import { DIAGRAM_EXTENSIONS, DIAGRAM_MEDIA_TYPES, isDiagramFormat } from '@shared/interop/export-formats';
import { MAX_CSV_BYTES } from '@shared/model/limits';
import type {
  CsvResult,
  DiagramExport,
  DocumentState,
  DoneResult,
  ExportFile,
  OpenResult,
  Platform,
  SaveResult,
} from '../platform/platform';
import { displayName, fileStem, stemOfFileName, windowTitle } from './document-title';
import { handOverParsed, openPlanInput } from './plan-open-client';
import { pickFile, PLAN_ACCEPT } from './pick-file';
import { readPlanToCompare } from './read-plan-to-compare';
import type { UnsavedChoice } from './unsaved-prompt';

export type WebFiles = Omit<Platform, 'kind' | 'loadSettings' | 'saveSettings'>;

export interface WebFilesDeps {
  readonly win: Window;
  readonly askUnsaved: (name: string) => Promise<UnsavedChoice>;
}

const MAX_RULE_SET_BYTES = 1024 * 1024;
const CANCELED = { status: 'canceled' } as const;

const isDiagram = (file: ExportFile): file is DiagramExport => isDiagramFormat(file.format);

function download(win: Window, fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = win.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  win.document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  win.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

export function createWebFiles({ win, askUnsaved }: WebFilesDeps): WebFiles {
  let fileName: string | null = null;
  let state: DocumentState = { name: '', dirty: false };
  win.addEventListener('beforeunload', (event) => {
    if (!state.dirty) return;
    // Chromium and Firefox show their "Leave site?" dialog when the event is canceled.
    event.preventDefault();
  });

  const title = (): string => displayName(state.name, fileName);
  const stem = (): string => (fileName === null ? fileStem(title()) : stemOfFileName(fileName));

  function save(text: string, name: string): SaveResult {
    download(win, name, text, 'application/json');
    fileName = name;
    return { status: 'saved', fileName: name };
  }

  /** Before New or Open: ask when dirty; "Save" downloads the plan first. False when the user cancels. */
  async function mayDiscard(currentText: string): Promise<boolean> {
    if (!state.dirty) return true;
    const choice = await askUnsaved(title());
    if (choice === 'cancel') return false;
    if (choice === 'save') save(currentText, fileName ?? `${fileStem(title())}.orgplan.json`);
    return true;
  }

  async function readPlan(file: File): Promise<OpenResult> {
    // Validate here, as main does in Electron, so a bad file never becomes the current file; a large one is
    // read in a worker, with Cancel.
    const outcome = await openPlanInput({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (outcome.status === 'canceled') return CANCELED;
    const parsed = outcome.result;
    if (!parsed.ok) return { status: 'failed', message: parsed.message };
    const text = parsed.text ?? '';
    handOverParsed(text, parsed.plan);
    if (parsed.fromDrawio === true) {
      // A draw.io diagram becomes an untitled plan: Save downloads a .orgplan.json named after the plan.
      fileName = null;
      const notice = parsed.notice === undefined ? {} : { notice: parsed.notice };
      return { status: 'opened', document: { text, fileName, restoredFromDraft: false, fromDrawio: true, ...notice } };
    }
    // An opened PNG is saved back as JSON next to it, not over the image.
    fileName = /\.json$/i.test(file.name) ? file.name : `${stemOfFileName(file.name)}.orgplan.json`;
    return { status: 'opened', document: { text, fileName, restoredFromDraft: false } };
  }

  const unsupported = (): Promise<DoneResult & OpenResult> => Promise.resolve(CANCELED);

  return {
    setDocumentState(next) {
      state = next;
      win.document.title = windowTitle(title(), next.dirty, next.scenario);
    },
    updateDraft() {
      // Drafts are an Electron feature (crash recovery on disk); the browser warns on unload instead.
    },
    async newPlan(currentText) {
      if (!(await mayDiscard(currentText))) return CANCELED;
      fileName = null;
      return { status: 'done' };
    },
    async openPlan(currentText) {
      if (!(await mayDiscard(currentText))) return CANCELED;
      const file = await pickFile(win, PLAN_ACCEPT);
      return file === null ? CANCELED : readPlan(file);
    },
    openRequested: unsupported,
    async openDroppedFile(file, currentText) {
      if (!(await mayDiscard(currentText))) return CANCELED;
      return readPlan(file);
    },
    savePlan: (text) => Promise.resolve(save(text, fileName ?? `${stem()}.orgplan.json`)),
    savePlanAs: (text) => Promise.resolve(save(text, `${fileStem(title())}.orgplan.json`)),
    closeWindow: unsupported,
    exportPlanJson(text) {
      const name = `${stem()}.orgplan.json`;
      download(win, name, text, 'application/json');
      return Promise.resolve({ status: 'exported', fileName: name });
    },
    exportImage(image) {
      if (isDiagram(image)) {
        const name = `${stem()}.${DIAGRAM_EXTENSIONS[image.format]}`;
        download(win, name, image.data, `${DIAGRAM_MEDIA_TYPES[image.format]};charset=utf-8`);
        return Promise.resolve({ status: 'exported', fileName: name });
      }
      const name = `${stem()}.${image.format}`;
      if (image.format === 'png') download(win, name, image.data as Uint8Array<ArrayBuffer>, 'image/png');
      else if (image.format === 'pdf') download(win, name, image.data as Uint8Array<ArrayBuffer>, 'application/pdf');
      else download(win, name, image.data, 'image/svg+xml');
      return Promise.resolve({ status: 'exported', fileName: name });
    },
    async importCsv(): Promise<CsvResult> {
      const file = await pickFile(win, '.csv,text/csv,.json,application/json');
      if (file === null) return CANCELED;
      // The size is checked before reading, and bytes go to the core's decoder as on the desktop and the CLI.
      if (file.size > MAX_CSV_BYTES) {
        const why = describeCsvRefusal({ kind: 'too-large', bytes: file.size, limit: MAX_CSV_BYTES }, 'app');
        return { status: 'failed', message: `“${file.name}” cannot be imported: ${why}.` };
      }
      return { status: 'read', fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },
    readPlanToCompare: () => readPlanToCompare(win),
    async openRuleSet() {
      const file = await pickFile(win, '.json,application/json');
      if (file === null) return CANCELED;
      // A rule set is a few kilobytes; the cap keeps a wrong pick (a 40 MB plan) from being read whole.
      if (file.size > MAX_RULE_SET_BYTES)
        return { status: 'failed', message: `“${file.name}” is too large for a rule set (over 1 MiB).` };
      return { status: 'read', fileName: file.name, text: await file.text() };
    },
    saveRuleSet(text) {
      const name = `${stem()} rules.json`;
      download(win, name, text, 'application/json');
      return Promise.resolve({ status: 'exported', fileName: name });
    },
    onCommand() {
      // The browser has no application menu: commands come from the header and the keyboard.
      return () => undefined;
    },
  };
}
