import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer of Bot Framework's channel tokens (botframework-connector's AuthenticationConstants). */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface TokenOptions {
  /** The bot's app id the token is for. */
  audience: string;
  /** The serviceUrl of the activity (Bot Framework puts it in the token). */
  serviceUrl: string;
  /** Seconds from now the token expires (negative: expired that long ago). */
  expiresInSeconds?: number;
  issuer?: string;
  /** Sign with another key that is not in the published key set (same key id). */
  signWith?: KeyObject;
  keyId?: string;
}

/**
 * A local stand-in for Bot Framework's token signing: an RSA key set published as an OpenID
 * metadata document and a JWKS from a local HTTP server, and channel tokens signed with it
 * (RS256), so Keino's Teams route can be tested with a real app id, without the internet.
 */
export class LocalBotFrameworkAuth {
  readonly keyId = 'keino-test-key';
  private constructor(
    private readonly server: Server,
    readonly origin: string,
    private readonly privateKey: KeyObject,
  ) {}

  static async start(): Promise<LocalBotFrameworkAuth> {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    let auth: LocalBotFrameworkAuth | undefined;
    const server = createServer((request, response) => {
      const origin = auth!.origin;
      if (request.url === '/.well-known/openidconfiguration') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${origin}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (request.url === '/keys') {
        const jwk = publicKey.export({ format: 'jwk' });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ keys: [{ ...jwk, kty: 'RSA', use: 'sig', kid: auth!.keyId, endorsements: ['msteams'] }] }));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    auth = new LocalBotFrameworkAuth(server, `http://127.0.0.1:${port}`, privateKey);
    return auth;
  }

  /** Where Keino reads the key set (KeinoConfig.teams.openIdMetadataUrl). */
  get openIdMetadataUrl(): string {
    return `${this.origin}/.well-known/openidconfiguration`;
  }

  /** A key Keino has never seen, to forge a token with. */
  static strangerKey(): KeyObject {
    return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  }

  /** "Bearer <token>" for a channel activity, as Bot Framework sends it. */
  authorization(options: TokenOptions): string {
    const now = Math.floor(Date.now() / 1000);
    const expires = now + (options.expiresInSeconds ?? 3600);
    const header = { alg: 'RS256', typ: 'JWT', kid: options.keyId ?? this.keyId };
    const payload = {
      iss: options.issuer ?? BOT_FRAMEWORK_ISSUER,
      aud: options.audience,
      serviceurl: options.serviceUrl,
      nbf: Math.min(now, expires) - 60,
      iat: Math.min(now, expires) - 60,
      exp: expires,
    };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const signingInput = `${encode(header)}.${encode(payload)}`;
    const signature = createSign('RSA-SHA256')
      .update(signingInput)
      .sign(options.signWith ?? this.privateKey)
      .toString('base64url');
    return `Bearer ${signingInput}.${signature}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
