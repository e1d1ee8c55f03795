/**
 * All kernel I/O of the panel: finding out whether the kernel has the
 * `aiser_jupyter` comm target, loading it, the comm itself and the
 * request/reply bookkeeping of DESIGN §3.2.
 */
import { ISessionContext } from '@jupyterlab/apputils';
import { Kernel, KernelMessage } from '@jupyterlab/services';
import { UUID } from '@lumino/coreutils';
import { ISignal, Signal } from '@lumino/signaling';

import {
  AnswerReply,
  ErrorReply,
  HistoryReply,
  MAX_MESSAGE_BYTES,
  PROTOCOL_VERSION,
  Reply,
  Request,
  SavedReply,
  SourcesReply,
  VerifiedReply
} from './protocol';
import { COMM_TARGET, LOAD_EXTENSION_CODE } from './tokens';

/** Where the panel stands with the active notebook's kernel. */
export type ClientState =
  | { kind: 'no-notebook' }
  | { kind: 'no-kernel' }
  | { kind: 'connecting' }
  | { kind: 'needs-extension'; detail?: string }
  | { kind: 'unsupported'; language: string }
  | { kind: 'ready' };

/** Python expression: is the comm target registered in this kernel? */
const PROBE =
  "__import__('sys').modules.get('aiser_jupyter._comm') is not None" +
  " and __import__('sys').modules['aiser_jupyter._comm'].is_registered()";

const STOPPING = new Set<Kernel.Status>(['restarting', 'autorestarting', 'dead', 'terminating']);

interface IPending {
  resolve: (reply: Reply) => void;
  onStatus?: (stage: string) => void;
}

/** A request without its envelope (`v`, `id`), for each request type. */
type RequestBody<T> = T extends Request ? Omit<T, 'v' | 'id'> : never;

/** A reply produced by the panel itself when the kernel cannot answer. */
export function localError(id: string | null, code: string, message: string): ErrorReply {
  return { v: PROTOCOL_VERSION as 1, id, type: 'error', code, message };
}

/**
 * Talks to the kernel of one notebook at a time over the `aiser_jupyter` comm.
 */
export class AiserClient {
  /** Emitted when {@link state} changes. */
  get stateChanged(): ISignal<this, ClientState> {
    return this._stateChanged;
  }

  /** Emitted when the kernel sends its sources unasked (a cell changed its DataFrames). */
  get sourcesChanged(): ISignal<this, SourcesReply> {
    return this._sourcesChanged;
  }

  get state(): ClientState {
    return this._state;
  }

  /** Ids of the requests still waiting for their final reply. */
  get pending(): string[] {
    return [...this._pending.keys()];
  }

  /** Follow `context` (the active notebook's session), or nothing. */
  attach(context: ISessionContext | null): void {
    if (context === this._context) {
      return;
    }
    if (this._context) {
      this._context.kernelChanged.disconnect(this._onKernelChanged, this);
      this._context.statusChanged.disconnect(this._onStatusChanged, this);
    }
    this._context = context;
    this._teardown('The notebook changed before the answer arrived; ask again.');
    if (!context) {
      this._setState({ kind: 'no-notebook' });
      return;
    }
    context.kernelChanged.connect(this._onKernelChanged, this);
    context.statusChanged.connect(this._onStatusChanged, this);
    void this.refresh();
  }

  /** Check the kernel again (after it restarted, or the user loaded the extension in a cell). */
  async refresh(): Promise<void> {
    const context = this._context;
    if (!context) {
      this._setState({ kind: 'no-notebook' });
      return;
    }
    const generation = ++this._generation;
    this._setState({ kind: 'connecting' });
    try {
      await context.ready;
      const kernel = context.session?.kernel;
      if (!kernel) {
        this._setState({ kind: 'no-kernel' });
        return;
      }
      const info = await kernel.info;
      if (generation !== this._generation) {
        return;
      }
      const language = info.language_info?.name ?? '';
      if (language !== 'python') {
        this._setState({ kind: 'unsupported', language: language || 'unknown' });
        return;
      }
      const registered = await this._probe(kernel);
      if (generation !== this._generation) {
        return;
      }
      if (!registered) {
        this._setState({ kind: 'needs-extension' });
        return;
      }
      await this._openComm(kernel);
      if (generation === this._generation) {
        this._setState({ kind: 'ready' });
      }
    } catch (reason) {
      if (generation === this._generation) {
        this._setState({ kind: 'needs-extension', detail: String(reason) });
      }
    }
  }

  /** Run `%load_ext aiser_jupyter` silently, then connect. */
  async loadExtension(): Promise<void> {
    const kernel = this._context?.session?.kernel;
    if (!kernel) {
      return;
    }
    this._generation++;
    this._setState({ kind: 'connecting' });
    const reply = await kernel.requestExecute({
      code: LOAD_EXTENSION_CODE,
      silent: true,
      store_history: false
    }).done;
    const content = reply.content;
    if (content.status === 'error') {
      const missing = content.ename === 'ModuleNotFoundError';
      this._setState({
        kind: 'needs-extension',
        detail: missing
          ? 'aiser-jupyter is not installed in this kernel\u2019s environment: run `pip install aiser-jupyter` there and restart the kernel.'
          : `${content.ename}: ${content.evalue}`
      });
      return;
    }
    await this.refresh();
  }

  /** Ask a question; `onStatus` sees the stages (planning, querying, rendering). */
  ask(
    question: string,
    source: string | null,
    onStatus?: (stage: string) => void,
    id: string = UUID.uuid4()
  ): Promise<AnswerReply | ErrorReply> {
    return this._request({ type: 'ask', question, source }, id, onStatus) as Promise<
      AnswerReply | ErrorReply
    >;
  }

  sources(): Promise<SourcesReply | ErrorReply> {
    return this._request({ type: 'sources' }) as Promise<SourcesReply | ErrorReply>;
  }

  /** Connect the kernel variable `frame` (a DataFrame) as a source; the reply lists it as current. */
  connect(frame: string): Promise<SourcesReply | ErrorReply> {
    return this._request({ type: 'connect', frame }) as Promise<SourcesReply | ErrorReply>;
  }

  /** Add the answer of the ask `target` to the dashboard notebook at `dashboard` (kernel-relative). */
  save(target: string, dashboard: string, title: string | null): Promise<SavedReply | ErrorReply> {
    return this._request({ type: 'save', target, dashboard, title }) as Promise<SavedReply | ErrorReply>;
  }

  /** Add the question and plan of the ask `target` to the semantic layer file's verified questions. */
  verify(target: string): Promise<VerifiedReply | ErrorReply> {
    return this._request({ type: 'verify', target }) as Promise<VerifiedReply | ErrorReply>;
  }

  /** Whether the kernel handles an optional request type (from its last `sources` reply). */
  supports(capability: string): boolean {
    return this._capabilities.has(capability);
  }

  history(): Promise<HistoryReply | ErrorReply> {
    return this._request({ type: 'history' }) as Promise<HistoryReply | ErrorReply>;
  }

  /**
   * Stop the ask `target`. When the kernel is busy with something else (the ask is
   * queued behind a running cell), the kernel itself is interrupted as well.
   */
  async interrupt(target: string): Promise<void> {
    const kernel = this._context?.session?.kernel;
    if (this._comm && this._state.kind === 'ready') {
      this._send({ v: 1, id: UUID.uuid4(), type: 'interrupt', target });
    }
    if (kernel && kernel.status === 'busy') {
      await kernel.interrupt();
    }
  }

  dispose(): void {
    this.attach(null);
    Signal.clearData(this);
  }

  private _request(
    body: RequestBody<Request>,
    id: string = UUID.uuid4(),
    onStatus?: (stage: string) => void
  ): Promise<Reply> {
    if (!this._comm || this._state.kind !== 'ready') {
      return Promise.resolve(
        localError(id, 'AISER-PROTO-KERNEL', 'The kernel is not connected; open a notebook and load aiser-jupyter.')
      );
    }
    const message = { v: PROTOCOL_VERSION, id, ...body } as Request;
    if (new TextEncoder().encode(JSON.stringify(message)).length > MAX_MESSAGE_BYTES) {
      return Promise.resolve(
        localError(id, 'AISER-PROTO-TOO-LARGE', 'The message is too large; shorten the question.')
      );
    }
    return new Promise<Reply>(resolve => {
      this._pending.set(id, { resolve, onStatus });
      this._send(message);
    });
  }

  private _send(message: Request): void {
    this._comm?.send(message as any);
  }

  private async _probe(kernel: Kernel.IKernelConnection): Promise<boolean> {
    const reply = await kernel.requestExecute({
      code: '',
      silent: true,
      store_history: false,
      user_expressions: { aiser: PROBE }
    }).done;
    const expressions = (reply.content as KernelMessage.IExecuteReplyMsg['content'] & {
      user_expressions?: Record<string, any>;
    }).user_expressions;
    const result = expressions?.aiser;
    return result?.status === 'ok' && result?.data?.['text/plain'] === 'True';
  }

  private async _openComm(kernel: Kernel.IKernelConnection): Promise<void> {
    const comm = kernel.createComm(COMM_TARGET);
    comm.onMsg = msg => this._onMessage(msg.content.data as unknown as Reply);
    comm.onClose = () => {
      if (this._comm === comm) {
        this._comm = null;
        this._failPending('The kernel closed the connection; ask again.');
        void this.refresh();
      }
    };
    this._comm = comm;
    await comm.open({ v: PROTOCOL_VERSION }).done;
  }

  private _onMessage(reply: Reply): void {
    const pending = reply && reply.id ? this._pending.get(reply.id) : undefined;
    if (!pending && reply && reply.type === 'sources' && reply.id === null) {
      this._capabilities = new Set(reply.capabilities);
      this._sourcesChanged.emit(reply);
      return;
    }
    if (!pending) {
      if (reply && reply.type === 'error') {
        console.warn(`aiser-jupyter: ${reply.code}: ${reply.message}`);
      }
      return;
    }
    if (reply.type === 'status') {
      pending.onStatus?.(reply.stage);
      return;
    }
    this._pending.delete(reply.id as string);
    if (reply.type === 'sources') {
      this._capabilities = new Set(reply.capabilities);
    }
    pending.resolve(reply);
  }

  private _onKernelChanged(): void {
    this._teardown('The kernel changed before the answer arrived; ask again.');
    void this.refresh();
  }

  private _onStatusChanged(_: ISessionContext, status: Kernel.Status): void {
    if (STOPPING.has(status)) {
      if (this._state.kind !== 'connecting' || this._comm) {
        this._teardown('The kernel restarted before the answer arrived; ask again.');
        this._generation++;
      }
      this._setState(status === 'dead' ? { kind: 'no-kernel' } : { kind: 'connecting' });
      this._restarting = true;
    } else if (status === 'idle' && this._restarting) {
      this._restarting = false;
      void this.refresh();
    }
  }

  private _teardown(reason: string): void {
    const comm = this._comm;
    this._comm = null;
    this._capabilities = new Set();
    if (comm && !comm.isDisposed) {
      try {
        comm.dispose();
      } catch {
        // The kernel is already gone; nothing to close.
      }
    }
    this._failPending(reason);
  }

  private _failPending(reason: string): void {
    const pending = [...this._pending.entries()];
    this._pending.clear();
    for (const [id, { resolve }] of pending) {
      resolve(localError(id, 'AISER-PROTO-KERNEL', reason));
    }
  }

  private _setState(state: ClientState): void {
    const same =
      state.kind === this._state.kind && JSON.stringify(state) === JSON.stringify(this._state);
    this._state = state;
    if (!same) {
      this._stateChanged.emit(state);
    }
  }

  private _context: ISessionContext | null = null;
  private _comm: Kernel.IComm | null = null;
  private _pending = new Map<string, IPending>();
  private _capabilities = new Set<string>();
  private _state: ClientState = { kind: 'no-notebook' };
  private _generation = 0;
  private _restarting = false;
  private _stateChanged = new Signal<this, ClientState>(this);
  private _sourcesChanged = new Signal<this, SourcesReply>(this);
}
