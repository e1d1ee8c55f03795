/** Notebook edits the panel asks for: insert a cell below the active one and run it. */
import { NotebookActions, NotebookPanel } from '@jupyterlab/notebook';

/** Insert a code cell holding `source` below the active cell of `panel`; run it if `run`. */
export async function insertCellBelow(panel: NotebookPanel, source: string, run: boolean): Promise<void> {
  const notebook = panel.content;
  NotebookActions.insertBelow(notebook);
  NotebookActions.changeCellType(notebook, 'code');
  const cell = notebook.activeCell;
  if (!cell) {
    return;
  }
  cell.model.sharedModel.setSource(source);
  if (run) {
    await NotebookActions.run(notebook, panel.sessionContext);
  }
}
