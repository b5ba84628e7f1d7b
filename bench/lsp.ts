// A minimal LSP client over stdio for the benchmark: Content-Length framing, requests, and a
// wait for the next publishDiagnostics of a document version. No dependency on the server's code.

import { spawn, type ChildProcess } from 'node:child_process';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

export interface Publish {
  uri: string;
  version?: number;
  diagnostics: unknown[];
  at: number;
}

export class LspClient {
  readonly process: ChildProcess;
  private chunks: Buffer[] = [];
  private received = 0;
  private bodyLength: number | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly waiters: { test: (p: Publish) => boolean; resolve: (p: Publish) => void }[] = [];
  readonly published: Publish[] = [];

  constructor(
    serverPath: string,
    private readonly settings: Record<string, unknown>,
    /** Node flags for the server process (e.g. --expose-gc). */
    nodeArgs: string[] = [],
  ) {
    this.process = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.process.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  get pid(): number {
    return this.process.pid!;
  }

  private receive(chunk: Buffer): void {
    // Chunks are kept apart until a whole message has arrived: concatenating on every chunk would
    // copy a 10 MB publishDiagnostics hundreds of times, and time the client, not the server.
    this.chunks.push(chunk);
    this.received += chunk.length;
    for (;;) {
      if (this.bodyLength === undefined) {
        const head = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        this.chunks = [head];
        const headerEnd = head.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        this.bodyLength = Number(/Content-Length: (\d+)/i.exec(head.subarray(0, headerEnd).toString('ascii'))?.[1]);
        this.chunks = [head.subarray(headerEnd + 4)];
        this.received = head.length - headerEnd - 4;
      }
      if (this.received < this.bodyLength) return;
      const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      const body = all.subarray(0, this.bodyLength).toString('utf8');
      this.chunks = [all.subarray(this.bodyLength)];
      this.received = all.length - this.bodyLength;
      this.bodyLength = undefined;
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(message: Message): void {
    const at = performance.now();
    if (message.method === 'textDocument/publishDiagnostics') {
      const p = { ...(message.params as Omit<Publish, 'at'>), at };
      this.published.push(p);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (this.waiters[i].test(p)) {
          this.waiters[i].resolve(p);
          this.waiters.splice(i, 1);
        }
      }
    } else if (message.method && message.id !== undefined) {
      // Requests from the server: configuration (our settings), registrations and the like (null).
      const result = message.method === 'workspace/configuration' ? ((message.params as { items: unknown[] }).items ?? []).map(() => this.settings) : null;
      this.send({ id: message.id, result });
    } else if (message.id !== undefined) {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    }
  }

  private send(message: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first publish (already received or to come) that passes `test`. */
  publish(test: (p: Publish) => boolean, timeoutMs = 60_000): Promise<Publish> {
    const seen = this.published.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no diagnostics in time')), timeoutMs);
      this.waiters.push({ test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  async initialize(): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    this.notify('initialized', {});
  }

  async shutdown(): Promise<void> {
    await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
    this.notify('exit', null);
    await new Promise((r) => setTimeout(r, 100));
    if (this.process.exitCode === null) this.process.kill();
  }
}
