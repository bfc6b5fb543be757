import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

type Json = any;

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/**
 * Slack's Socket Mode endpoint, faked: a WebSocket server (the protocol by hand, text frames
 * only) that greets with "hello", sends envelopes as Slack does and records the acknowledgements
 * the app sends back, by envelope id.
 */
export class FakeSocketMode {
  private readonly sockets = new Set<Socket>();
  private readonly acks = new Map<string, Json>();
  private readonly events = new EventEmitter();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSocketMode> {
    let fake: FakeSocketMode | undefined;
    const server = createServer((_request, response) => response.writeHead(426).end());
    server.on('upgrade', (request, socket: Socket) => {
      const key = request.headers['sec-websocket-key'];
      const accept = createHash('sha1').update(`${key}${WEBSOCKET_GUID}`).digest('base64');
      socket.write(['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${accept}`, '', ''].join('\r\n'));
      fake!.accept(socket);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeSocketMode(server, `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=fake`);
    return fake;
  }

  /** Resolves once an app has connected and been greeted. */
  connected(timeoutMs = 10_000): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return this.waitFor('connected', () => true, timeoutMs).then(() => undefined);
  }

  /** Sends an envelope as Slack does and resolves with the app's acknowledgement. */
  async send(type: 'slash_commands' | 'interactive' | 'events_api', payload: Json, extra: Json = {}): Promise<Json> {
    const envelopeId = randomUUID();
    const envelope = { envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra };
    for (const socket of this.sockets) socket.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
    return this.waitFor('ack', (ack) => ack.envelope_id === envelopeId);
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private waitFor(name: string, matches: (value: Json) => boolean, timeoutMs = 10_000): Promise<Json> {
    if (name === 'ack') {
      const found = [...this.acks.values()].find(matches);
      if (found) return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const listener = (value: Json) => {
        if (!matches(value)) return;
        clearTimeout(timer);
        this.events.off(name, listener);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.events.off(name, listener);
        reject(new Error(`no ${name} from the Socket Mode client within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on(name, listener);
    });
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const parsed = readFrame(buffered);
        if (!parsed) break;
        buffered = buffered.subarray(parsed.length);
        if (parsed.opcode === 0x8) {
          socket.end(frame(0x8, Buffer.alloc(0)));
          return;
        }
        if (parsed.opcode === 0x9) socket.write(frame(0xa, parsed.payload));
        if (parsed.opcode === 0x1) {
          const ack = JSON.parse(parsed.payload.toString('utf8'));
          this.acks.set(ack.envelope_id, ack);
          this.events.emit('ack', ack);
        }
      }
    });
    socket.write(
      frame(
        0x1,
        Buffer.from(
          JSON.stringify({
            type: 'hello',
            num_connections: 1,
            connection_info: { app_id: 'A0KEINO' },
            debug_info: { host: 'fake', approximate_connection_time: 18060 },
          }),
        ),
      ),
    );
    this.events.emit('connected', true);
  }
}

/** A server frame: final, unmasked. */
function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126 && length < 65536) {
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else if (length >= 65536) {
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

/** One client frame (masked), or undefined until it has fully arrived. */
function readFrame(data: Buffer): { opcode: number; payload: Buffer; length: number } | undefined {
  if (data.length < 2) return undefined;
  const opcode = data[0]! & 0x0f;
  const masked = (data[1]! & 0x80) !== 0;
  let length = data[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return undefined;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return undefined;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const maskOffset = offset;
  if (masked) offset += 4;
  if (data.length < offset + length) return undefined;
  const payload = Buffer.from(data.subarray(offset, offset + length));
  if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= data[maskOffset + (i % 4)]!;
  return { opcode, payload, length: offset + length };
}
