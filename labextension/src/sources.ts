/**
 * The panel's source picker: the kernel's connected sources, then the DataFrames its
 * variables hold (name, rows × columns). Choosing a DataFrame asks the kernel to
 * connect it; the picker then shows it as the chosen source.
 */
import { h } from './dom';
import { SourcesReply } from './protocol';

/** Option values of DataFrames start with this; aliases never hold a ':'. */
const FRAME = 'frame:';

export class SourcePicker {
  /**
   * @param onFrame called with a DataFrame's variable name when the user chooses it.
   */
  constructor(onFrame: (name: string) => void) {
    this.node = h('select', 'aiser-Panel-source', '', {
      'aria-label': 'Data source',
      title: 'The source questions go to: the kernel\u2019s connected sources and its DataFrames'
    });
    this.node.addEventListener('change', () => {
      const value = this.node.value;
      if (value.startsWith(FRAME)) {
        this.node.value = this._alias; // until the kernel has connected it
        onFrame(value.slice(FRAME.length));
      } else {
        this._alias = value;
      }
    });
  }

  readonly node: HTMLSelectElement;

  /** Alias of the chosen source ('' before the first list). */
  get alias(): string {
    return this._alias;
  }

  /**
   * Show the sources and DataFrames of `reply`. The choice stays, unless `chooseCurrent`
   * (after a connect) or it is gone: then the kernel's current source is chosen.
   */
  render(reply: SourcesReply, chooseCurrent = false): void {
    const keep = chooseCurrent ? '' : this._alias;
    const sources = h('optgroup', 'aiser-Panel-sources', '', { label: 'Sources' });
    for (const source of reply.sources) {
      sources.append(h('option', '', source.alias, { value: source.alias, title: `${source.dialect}: ${source.url}` }));
    }
    const groups: HTMLElement[] = [sources];
    const frames = reply.frames ?? []; // a kernel before DataFrame support sends none
    if (frames.length) {
      const group = h('optgroup', 'aiser-Panel-frames', '', { label: 'DataFrames in the kernel' });
      for (const frame of frames) {
        const shape = `${frame.rows.toLocaleString('en-US')} \u00d7 ${frame.columns}`;
        const title = frame.source ? `${frame.kind} DataFrame, connected as ${frame.source}` : `${frame.kind} DataFrame: choose it to ask about it`;
        group.append(h('option', 'aiser-Panel-frame', `${frame.name} (${shape})`, { value: FRAME + frame.name, title }));
      }
      groups.push(group);
    }
    this.node.replaceChildren(...groups);
    const chosen =
      reply.sources.find(s => keep && s.alias === keep) ?? reply.sources.find(s => s.current) ?? reply.sources[0];
    this._alias = chosen ? chosen.alias : '';
    this.node.value = this._alias;
  }

  private _alias = '';
}
