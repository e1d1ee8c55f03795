import {
  ILayoutRestorer,
  JupyterFrontEnd,
  JupyterFrontEndPlugin
} from '@jupyterlab/application';
import { ICommandPalette, IThemeManager } from '@jupyterlab/apputils';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { IRenderMimeRegistry } from '@jupyterlab/rendermime';
import { ISettingRegistry } from '@jupyterlab/settingregistry';

import { AiserClient } from './client';
import { aiserIcon } from './icon';
import { insertCellBelow } from './notebook';
import { AiserPanel } from './panel';
import { CommandIDs, DEFAULT_SETTINGS, IAiserPanel, IAiserSettings } from './tokens';

const PLUGIN_ID = 'aiser-jupyter:plugin';

/**
 * The chat panel in the right sidebar, following the active notebook's kernel.
 */
const panelPlugin: JupyterFrontEndPlugin<IAiserPanel> = {
  id: PLUGIN_ID,
  description: 'A chat panel that answers questions about data with charts, using the notebook kernel.',
  autoStart: true,
  provides: IAiserPanel,
  requires: [INotebookTracker, IRenderMimeRegistry],
  optional: [ILayoutRestorer, ISettingRegistry, IThemeManager, ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    tracker: INotebookTracker,
    rendermime: IRenderMimeRegistry,
    restorer: ILayoutRestorer | null,
    settingRegistry: ISettingRegistry | null,
    themes: IThemeManager | null,
    palette: ICommandPalette | null
  ): IAiserPanel => {
    let settings: IAiserSettings = { ...DEFAULT_SETTINGS };
    const client = new AiserClient();
    const panel = new AiserPanel({ client, rendermime, commands: app.commands, settings: () => settings });

    const follow = (current: NotebookPanel | null) => {
      panel.setNotebook(current?.id ?? '', current?.title.label ?? '', current?.context.path ?? '');
      client.attach(current ? current.sessionContext : null);
    };
    tracker.widgetAdded.connect((_, notebook) => {
      notebook.disposed.connect(() => panel.forgetNotebook(notebook.id));
    });
    tracker.currentChanged.connect((_, current) => follow(current));
    follow(tracker.currentWidget);

    app.commands.addCommand(CommandIDs.open, {
      label: 'Ask Your Data (aiser-jupyter)',
      icon: aiserIcon,
      execute: () => app.shell.activateById(panel.id)
    });
    app.commands.addCommand(CommandIDs.insertCell, {
      label: 'Insert Chart Cell Below',
      isEnabled: () => tracker.currentWidget !== null,
      execute: args => {
        const current = tracker.currentWidget;
        if (current) {
          return insertCellBelow(current, String(args.source ?? ''), args.run !== false);
        }
      }
    });
    app.commands.addCommand(CommandIDs.loadExtension, {
      label: 'Load aiser-jupyter in the Kernel',
      isEnabled: () => tracker.currentWidget !== null,
      execute: () => client.loadExtension()
    });
    palette?.addItem({ command: CommandIDs.open, category: 'aiser-jupyter' });

    app.shell.add(panel, 'right', { rank: 650 });
    restorer?.add(panel, panel.id);
    themes?.themeChanged.connect(() => requestAnimationFrame(() => panel.restyle()));

    if (settingRegistry) {
      void settingRegistry.load(PLUGIN_ID).then(loaded => {
        const update = () => {
          settings = { ...DEFAULT_SETTINGS, ...(loaded.composite as Partial<IAiserSettings>) };
        };
        update();
        loaded.changed.connect(update);
      }).catch(reason => console.warn('aiser-jupyter: settings not loaded', reason));
    }
    return panel;
  }
};

export default [panelPlugin];
