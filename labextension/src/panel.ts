/**
 * The chat panel: source picker, conversation of answers with interactive
 * charts, and the question box. All kernel traffic goes through AiserClient.
 */
import { IRenderMimeRegistry } from '@jupyterlab/rendermime';
import { CommandRegistry } from '@lumino/commands';
import { UUID } from '@lumino/coreutils';
import { Message } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';

import { AnswerCard, IAnswerContext } from './answer';
import { AiserClient, ClientState } from './client';
import { button, errorLine, h } from './dom';
import { aiserIcon } from './icon';
import { AnswerReply, SourcesReply } from './protocol';
import { SourcePicker } from './sources';
import { CommandIDs, IAiserPanel, IAiserSettings, PANEL_ID } from './tokens';

const STAGES: { [stage: string]: string } = {
  planning: 'Planning the chart\u2026',
  querying: 'Running the query\u2026',
  rendering: 'Drawing the chart\u2026'
};

export interface IPanelOptions {
  client: AiserClient;
  rendermime: IRenderMimeRegistry;
  commands: CommandRegistry;
  settings: () => IAiserSettings;
}

interface ITurn {
  /** The ask's request id: the kernel keeps its answer under it (for saving). */
  id: string;
  node: HTMLElement;
  card: AnswerCard | null;
}

/** The turns asked about one notebook (its kernel holds the matching history). */
interface IConversation {
  log: HTMLElement;
  turns: ITurn[];
  theme: number;
}

function conversation(): IConversation {
  return { log: h('div', 'aiser-Panel-conversation', '', { role: 'log', 'aria-live': 'polite' }), turns: [], theme: 0 };
}

export class AiserPanel extends Widget implements IAiserPanel {
  constructor(options: IPanelOptions) {
    super();
    this._options = options;
    this.id = PANEL_ID;
    this.title.icon = aiserIcon;
    this.title.caption = 'Ask your data (aiser-jupyter)';
    this.addClass('aiser-Panel');

    const header = h('div', 'aiser-Panel-header');
    header.append(h('div', 'aiser-Panel-title', 'Ask your data'));
    this._picker = new SourcePicker(name => void this._connectFrame(name));
    header.append(this._picker.node);

    this._notice = h('div', 'aiser-Panel-notice', '', { role: 'status' });
    this._conversation = conversation();
    this._conversations.set('', this._conversation);

    const composer = h('div', 'aiser-Panel-composer');
    this._input = h('textarea', 'aiser-Panel-input', '', {
      rows: '2',
      placeholder: 'Ask a question about your data\u2026',
      'aria-label': 'Question'
    });
    this._input.addEventListener('keydown', event => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this._send();
      }
    });
    const bar = h('div', 'aiser-Panel-composerBar');
    bar.append(h('span', 'aiser-Panel-hint', 'Enter sends \u00b7 Shift+Enter: new line'));
    this._stop = button('Stop', 'aiser-Panel-stop', () => this._interrupt(), 'Stop the current question');
    this._sendButton = button('Ask', 'aiser-mod-primary aiser-Panel-send', () => this._send());
    bar.append(this._stop, this._sendButton);
    composer.append(this._input, bar);
    this.node.append(header, this._notice, this._log, composer);

    options.client.stateChanged.connect(this._onState, this);
    options.client.sourcesChanged.connect(this._onSources, this);
    this._onState(options.client, options.client.state);
  }

  /** Put `question` in the box and send it. */
  ask(question: string): void {
    this._input.value = question;
    this._send();
  }

  /** Redraw the charts with the current theme's colours. */
  restyle(): void {
    this._theme++;
    this._restyleIfStale();
  }

  /**
   * Show the conversation of the notebook `key` (a widget id; '' for none), labelled
   * `label` in messages and stored at `path`. Each notebook keeps its own conversation,
   * like its kernel.
   */
  setNotebook(key: string, label: string, path: string): void {
    this._contextLabel = label;
    this._notebookPath = path;
    let next = this._conversations.get(key);
    if (!next) {
      next = conversation();
      next.theme = this._theme;
      this._conversations.set(key, next);
    }
    if (next !== this._conversation) {
      this._conversation.log.replaceWith(next.log);
      this._conversation = next;
      this._restyleIfStale();
      this.onResize(Widget.ResizeMessage.UnknownSize);
    }
    this._onState(this._options.client, this._options.client.state);
  }

  /** Drop the conversation of a closed notebook. */
  forgetNotebook(key: string): void {
    const old = this._conversations.get(key);
    if (old && old !== this._conversation) {
      old.turns.forEach(turn => turn.card?.dispose());
      this._conversations.delete(key);
    }
  }

  dispose(): void {
    if (this.isDisposed) {
      return;
    }
    this._options.client.stateChanged.disconnect(this._onState, this);
    this._options.client.sourcesChanged.disconnect(this._onSources, this);
    for (const { turns } of this._conversations.values()) {
      turns.forEach(turn => turn.card?.dispose());
    }
    this._conversation.turns.forEach(turn => turn.card?.dispose());
    super.dispose();
  }

  protected onResize(msg: Widget.ResizeMessage): void {
    this._turns.forEach(turn => turn.card?.fit());
  }

  protected onAfterShow(msg: Message): void {
    const kind = this._options.client.state.kind;
    if (kind === 'needs-extension') {
      void this._options.client.refresh();
    }
    this.onResize(Widget.ResizeMessage.UnknownSize);
  }

  protected onActivateRequest(msg: Message): void {
    if (!this._input.disabled) {
      this._input.focus();
    }
  }

  // ------------------------------------------------------------------ state
  private _onState(_: AiserClient, state: ClientState): void {
    const ready = state.kind === 'ready';
    this._input.disabled = !ready;
    this._picker.node.disabled = !ready;
    this._sendButton.disabled = !ready || this._busy !== null;
    this._notice.replaceChildren();
    this._notice.hidden = ready;
    this.node.dataset.state = state.kind;
    const where = this._contextLabel ? ` of ${this._contextLabel}` : '';
    const { commands } = this._options;
    switch (state.kind) {
      case 'no-notebook':
        this._notice.append(h('p', '', 'Open a notebook to ask questions about your data: the panel answers with the engine in that notebook\u2019s kernel.'));
        if (commands.hasCommand('notebook:create-new')) {
          this._notice.append(button('New notebook', 'aiser-mod-primary', () => void commands.execute('notebook:create-new', { kernelName: 'python3' })));
        }
        break;
      case 'no-kernel':
        this._notice.append(h('p', '', `The notebook${where ? ` ${this._contextLabel}` : ''} has no running kernel. Select a Python kernel to ask questions.`));
        break;
      case 'connecting':
        this._notice.append(h('p', 'aiser-Panel-working', `Connecting to the kernel${where}\u2026`));
        break;
      case 'unsupported':
        this._notice.append(h('p', '', `The kernel${where} runs ${state.language}; aiser-jupyter needs a Python kernel.`));
        break;
      case 'needs-extension':
        this._notice.append(h('p', '', `The kernel${where} has not loaded aiser-jupyter yet.`));
        this._notice.append(button('Load aiser-jupyter', 'aiser-mod-primary aiser-Panel-load', () => void commands.execute(CommandIDs.loadExtension), 'Runs %load_ext aiser_jupyter in the kernel'));
        if (state.detail) {
          this._notice.append(h('p', 'aiser-Panel-detail', state.detail));
        }
        break;
      case 'ready':
        void this._refreshSources();
        break;
    }
    this._renderEmpty();
  }

  private async _refreshSources(): Promise<void> {
    const reply = await this._options.client.sources();
    if (reply.type === 'sources') {
      this._showSources(reply);
    }
  }

  private _onSources(_: AiserClient, reply: SourcesReply): void {
    this._showSources(reply);
  }

  /** The picker, and the example questions the kernel built from the current source's schema. */
  private _showSources(reply: SourcesReply, chooseCurrent = false): void {
    this._picker.render(reply, chooseCurrent);
    this._examples = reply.examples ?? [];
    this._renderEmpty();
  }

  /** Connect the DataFrame held by the kernel variable `name`, then ask about it. */
  private async _connectFrame(name: string): Promise<void> {
    this._picker.node.disabled = true;
    const reply = await this._options.client.connect(name);
    this._picker.node.disabled = this._options.client.state.kind !== 'ready';
    if (reply.type === 'sources') {
      this._showSources(reply, true);
    } else {
      this._log.append(errorLine(reply.code, reply.message));
      this._scrollToEnd();
    }
  }

  private _renderEmpty(): void {
    const ready = this._options.client.state.kind === 'ready';
    this._log.querySelector('.aiser-Panel-empty')?.remove();
    if (this._turns.length || !ready) {
      return;
    }
    const empty = h('div', 'aiser-Panel-empty');
    empty.append(h('p', '', 'Ask a question in plain words, or paste a SELECT. Answers are charts you can insert into the notebook.'));
    if (this._examples.length) {
      const list = h('div', 'aiser-Panel-examples');
      for (const example of this._examples) {
        list.append(button(example, 'aiser-Panel-example', () => this.ask(example)));
      }
      empty.append(list);
    }
    this._log.append(empty);
  }

  // ------------------------------------------------------------------ asking
  private async _send(): Promise<void> {
    const question = this._input.value.trim();
    if (!question || this._busy || this._options.client.state.kind !== 'ready') {
      return;
    }
    this._input.value = '';
    const id = UUID.uuid4();
    const turn = this._addTurn(question, id);
    const status = h('div', 'aiser-Turn-status aiser-Panel-working', STAGES.planning);
    turn.node.append(status);
    this._setBusy(id);
    const reply = await this._options.client.ask(question, this._picker.alias || null, stage => {
      status.textContent = STAGES[stage] ?? `${stage}\u2026`;
    }, id);
    status.remove();
    this._setBusy(null);
    if (reply.type === 'answer') {
      this._showAnswer(turn, reply);
      if (this._options.settings().refreshSources) {
        void this._refreshSources();
      }
    } else {
      turn.node.append(errorLine(reply.code, reply.message));
    }
    this._scrollToEnd();
  }

  private _interrupt(): void {
    if (this._busy) {
      void this._options.client.interrupt(this._busy);
    }
  }

  private _setBusy(id: string | null): void {
    this._busy = id;
    this.node.classList.toggle('aiser-mod-busy', id !== null);
    this._sendButton.disabled = id !== null || this._options.client.state.kind !== 'ready';
  }

  private _addTurn(question: string, id: string): ITurn {
    this._log.querySelector('.aiser-Panel-empty')?.remove();
    const node = h('div', 'aiser-Turn');
    node.append(h('div', 'aiser-Turn-question', question));
    this._log.append(node);
    const turn: ITurn = { id, node, card: null };
    this._turns.push(turn);
    this._scrollToEnd();
    return turn;
  }

  private _showAnswer(turn: ITurn, answer: AnswerReply): void {
    const context: IAnswerContext = {
      ...this._options,
      notebookPath: this._notebookPath,
      dashboard: this._dashboard
    };
    turn.card = new AnswerCard(turn.id, answer, context);
    turn.node.append(turn.card.node);
    turn.card.render();
  }

  private _restyleIfStale(): void {
    if (this._conversation.theme === this._theme) {
      return;
    }
    this._conversation.theme = this._theme;
    this._turns.forEach(turn => turn.card?.render());
  }

  private get _log(): HTMLElement {
    return this._conversation.log;
  }

  private get _turns(): ITurn[] {
    return this._conversation.turns;
  }

  private _scrollToEnd(): void {
    requestAnimationFrame(() => (this._log.scrollTop = this._log.scrollHeight));
  }

  private _options: IPanelOptions;
  private _picker: SourcePicker;
  private _notice: HTMLElement;
  private _conversation: IConversation;
  private _conversations = new Map<string, IConversation>();
  private _theme = 0;
  private _input: HTMLTextAreaElement;
  private _stop: HTMLButtonElement;
  private _sendButton: HTMLButtonElement;
  private _busy: string | null = null;
  private _examples: string[] = [];
  private _contextLabel = '';
  private _notebookPath = '';
  private _dashboard = { last: 'dashboard.ipynb' };
}
