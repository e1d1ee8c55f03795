import { Token } from '@lumino/coreutils';
import { Widget } from '@lumino/widgets';

/** Id of the right-sidebar widget (DESIGN §3.2). */
export const PANEL_ID = 'aiser-jupyter-panel';

/** The kernel comm target registered by `%load_ext aiser_jupyter`. */
export const COMM_TARGET = 'aiser_jupyter';

/** The line that loads the kernel side. */
export const LOAD_EXTENSION_CODE = '%load_ext aiser_jupyter';

/** Command ids, all under the `aiser-jupyter:` namespace. */
export namespace CommandIDs {
  /** Show the panel in the right sidebar and focus its question box. */
  export const open = 'aiser-jupyter:open';
  /** Insert a cell below the active cell of the current notebook and run it (args: `source`). */
  export const insertCell = 'aiser-jupyter:insert-cell';
  /** Run `%load_ext aiser_jupyter` silently in the current notebook's kernel. */
  export const loadExtension = 'aiser-jupyter:load-extension';
}

/** The chat panel. */
export interface IAiserPanel extends Widget {
  /** Put `question` in the question box and send it. */
  ask(question: string): void;
}

export const IAiserPanel = new Token<IAiserPanel>(
  'aiser-jupyter:IAiserPanel',
  'The aiser-jupyter chat panel: asks the active notebook kernel questions and shows the answers as charts.'
);

/** User settings (schema/plugin.json). */
export interface IAiserSettings {
  /** Run the cell that "Insert as cell" adds. */
  runInsertedCell: boolean;
  /** Height in pixels of the charts in the panel. */
  chartHeight: number;
  /** Ask the kernel for its sources again after every answer. */
  refreshSources: boolean;
}

export const DEFAULT_SETTINGS: IAiserSettings = {
  runInsertedCell: true,
  chartHeight: 300,
  refreshSources: true
};
