/**
 * One answer in the conversation: its chart (rendered by JupyterLab's plotly
 * renderer), row count and provenance, SQL, and the actions on it.
 */
import { Clipboard, InputDialog } from '@jupyterlab/apputils';
import { PathExt } from '@jupyterlab/coreutils';
import { IRenderMimeRegistry, MimeModel } from '@jupyterlab/rendermime';
import { CommandRegistry } from '@lumino/commands';
import { MessageLoop } from '@lumino/messaging';
import { Widget } from '@lumino/widgets';

import { AiserClient } from './client';
import { button, errorLine, h } from './dom';
import { figureTitle, panelFigure, PLOTLY_MIME } from './figure';
import { AnswerReply } from './protocol';
import { CommandIDs, IAiserSettings } from './tokens';

/** What an answer card needs from the panel. */
export interface IAnswerContext {
  client: AiserClient;
  rendermime: IRenderMimeRegistry;
  commands: CommandRegistry;
  settings: () => IAiserSettings;
  /** Server path of the notebook whose kernel answered (dashboards are saved next to it). */
  notebookPath: string;
  /** Shared between cards: the dashboard the user saved to last. */
  dashboard: { last: string };
}

/** "5 rows · source demo · planner rules · 120 ms". */
export function describe(answer: AnswerReply): string {
  const p = answer.plan.provenance;
  const parts = [`${answer.rows} row${answer.rows === 1 ? '' : 's'}`, `source ${answer.source}`];
  if (p) {
    parts.push(`planner ${p.planner}${p.cached ? ' (cached)' : ''}`);
    if (p.model) {
      parts.push(`model ${p.model}`);
    }
    const tokens = (p.prompt_tokens ?? 0) + (p.completion_tokens ?? 0);
    if (tokens) {
      parts.push(`${tokens} tokens`);
    }
  }
  const total = Object.values(answer.timings).reduce((a, b) => a + b, 0);
  if (total) {
    parts.push(`${Math.round(total)} ms`);
  }
  return parts.join(' \u00b7 ');
}

/** What the answer rests on: a verified question, the semantic layer's terms, or inference. */
export function basis(answer: AnswerReply): string {
  const p = answer.plan.provenance;
  if (!p || !p.kind) {
    return '';
  }
  if (p.kind === 'verified') {
    return `Verified: reuses the checked plan of \u201c${p.verified ?? ''}\u201d`;
  }
  if (p.kind === 'semantic') {
    return `From the semantic layer: ${p.semantic.join(', ')}`;
  }
  return 'Inferred from the schema';
}

export class AnswerCard {
  readonly node = h('div', 'aiser-Turn-answer');

  /** `id` is the ask's request id, under which the kernel keeps the answer. */
  constructor(
    readonly id: string,
    readonly answer: AnswerReply,
    private _context: IAnswerContext
  ) {
    const title = figureTitle(answer.figure) || answer.plan.chart.title || '';
    if (title && title.toLowerCase() !== answer.question.trim().toLowerCase()) {
      this.node.append(h('div', 'aiser-Turn-title', title));
    }
    this.node.append(this._chart, h('div', 'aiser-Turn-meta', describe(answer)));
    const rests = basis(answer);
    if (rests) {
      this.node.append(h('div', `aiser-Turn-basis aiser-mod-${answer.plan.provenance?.kind}`, rests));
    }
    for (const notice of answer.notices) {
      this.node.append(h('div', 'aiser-Turn-notice', notice));
    }
    this.node.append(this._sql(), this._actions());
  }

  /** Draw (or redraw, after a theme change) the chart; the card must be in the page. */
  render(): void {
    const { rendermime, settings } = this._context;
    this._renderer?.dispose();
    this._renderer = null;
    this._chart.replaceChildren();
    if (!rendermime.mimeTypes.includes(PLOTLY_MIME)) {
      this._chart.append(
        errorLine(
          'AISER-PANEL-PLOTLY',
          'JupyterLab has no plotly renderer. Reinstall plotly in JupyterLab\u2019s environment (it provides the chart renderer) and reload the page.'
        )
      );
      return;
    }
    const figure = panelFigure(this.answer.figure, settings().chartHeight);
    const renderer = rendermime.createRenderer(PLOTLY_MIME);
    this._renderer = renderer;
    Widget.attach(renderer, this._chart);
    void renderer.renderModel(new MimeModel({ data: { [PLOTLY_MIME]: figure } }));
  }

  /** Let the chart fit a new panel width. */
  fit(): void {
    if (this._renderer) {
      MessageLoop.sendMessage(this._renderer, Widget.ResizeMessage.UnknownSize);
    }
  }

  dispose(): void {
    this._renderer?.dispose();
    this._renderer = null;
  }

  private _sql(): HTMLElement {
    const sql = h('details', 'aiser-Turn-sql');
    const copy = button('Copy', 'aiser-Turn-copy', () => {
      Clipboard.copyToSystem(this.answer.sql);
      copy.textContent = 'Copied';
      window.setTimeout(() => (copy.textContent = 'Copy'), 1500);
    }, 'Copy the SQL');
    sql.append(h('summary', '', 'SQL'), h('pre', '', this.answer.sql), copy);
    return sql;
  }

  private _actions(): HTMLElement {
    const { commands, client, settings } = this._context;
    const actions = h('div', 'aiser-Turn-actions');
    actions.append(
      button('Insert as cell', 'aiser-mod-primary aiser-Turn-insert', () => {
        void commands.execute(CommandIDs.insertCell, { source: this.answer.cell, run: settings().runInsertedCell });
      }, 'Insert a %%chart cell below the active cell and run it')
    );
    if (client.supports('save')) {
      actions.append(
        button('Add to dashboard', 'aiser-Turn-dashboard', () => void this._save(), 'Append this chart to a dashboard notebook')
      );
    }
    if (client.supports('verify') && this.answer.plan.provenance?.kind !== 'verified') {
      actions.append(
        button('Save as verified', 'aiser-Turn-verify', () => void this._verify(), 'Add this question and its plan to the semantic layer file, to be reused without a model')
      );
    }
    return actions;
  }

  private async _verify(): Promise<void> {
    const reply = await this._context.client.verify(this.id);
    this.node.querySelector('.aiser-Turn-saved')?.remove();
    if (reply.type !== 'verified') {
      this.node.append(errorLine(reply.code, reply.message, 'aiser-Turn-saved aiser-Turn-error'));
      return;
    }
    this.node.querySelector('.aiser-Turn-verify')?.remove();
    this.node.append(h('div', 'aiser-Turn-saved', `Saved \u201c${reply.question}\u201d as verified in ${reply.file}.`, { role: 'status' }));
  }

  private async _save(): Promise<void> {
    const { client, commands, dashboard, notebookPath } = this._context;
    const result = await InputDialog.getText({
      title: 'Add to dashboard',
      label: 'Dashboard notebook, next to this notebook (created if missing)',
      text: dashboard.last,
      okLabel: 'Add'
    });
    const name = result.value?.trim();
    if (!result.button.accept || !name) {
      return;
    }
    const path = name.endsWith('.ipynb') ? name : `${name}.ipynb`;
    const reply = await client.save(this.id, path, null);
    this.node.querySelector('.aiser-Turn-saved')?.remove();
    if (reply.type !== 'saved') {
      this.node.append(errorLine(reply.code, reply.message, 'aiser-Turn-saved aiser-Turn-error'));
      return;
    }
    dashboard.last = path;
    const line = h('div', 'aiser-Turn-saved', '', { role: 'status' });
    line.append(h('span', '', `Added to ${reply.dashboard}. `));
    if (!path.startsWith('/')) {
      const where = PathExt.join(PathExt.dirname(notebookPath), path);
      const open = h('a', 'aiser-Turn-open', 'Open it', { href: '#' });
      open.addEventListener('click', event => {
        event.preventDefault();
        void commands.execute('docmanager:open', { path: where });
      });
      line.append(open);
    }
    this.node.append(line);
  }

  private _chart = h('div', 'aiser-Turn-chart');
  private _renderer: Widget | null = null;
}
