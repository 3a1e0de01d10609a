/** File: new, open, save, import and export; the document flows do the work. */
import { setDialogAction } from '../../actions/ui';
import type { GroupBehaviours } from '../command-types';

export const FILE_COMMANDS: GroupBehaviours<'File'> = {
  newPlan: {
    perform: ({ dispatch }) => {
      dispatch(setDialogAction, 'start');
    },
  },
  open: { perform: ({ features }) => void features.files.open() },
  save: { perform: ({ features }) => void features.files.save() },
  saveAs: { perform: ({ features }) => void features.files.saveAs() },
  importCsv: {
    perform: ({ features }) => {
      features.importCsv();
    },
  },
  exportPng: {
    perform: ({ features }) => {
      features.openExportDialog('png');
    },
  },
  exportSvg: {
    perform: ({ features }) => {
      features.openExportDialog('svg');
    },
  },
  exportPdf: {
    perform: ({ features }) => {
      features.openExportDialog('pdf');
    },
  },
  exportJson: { perform: ({ features }) => void features.files.exportJson() },
  exportDrawio: {
    perform: ({ features }) => {
      features.openExportDialog('drawio');
    },
  },
  exportMermaid: {
    perform: ({ features }) => {
      features.openExportDialog('mermaid');
    },
  },
  exportGraphml: {
    perform: ({ features }) => {
      features.openExportDialog('graphml');
    },
  },
  exportCsv: {
    perform: ({ features }) => {
      features.openExportDialog('csv');
    },
  },
};
