/** The system's file chooser through a hidden file input: the browser's Open and CSV import, and Compare with a file. */

export const PLAN_ACCEPT = '.json,.png,.drawio,.xml,application/json,image/png';

/** Resolves with the chosen file, or null when the picker is dismissed. */
export function pickFile(win: Window, accept: string): Promise<File | null> {
  const doc = win.document;
  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.hidden = true;
  input.dataset.testid = 'file-input';
  doc.body.append(input);
  return new Promise((resolve) => {
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => {
      finish(input.files?.[0] ?? null);
    });
    input.addEventListener('cancel', () => {
      finish(null);
    });
    input.click();
  });
}
