import { randomBytes } from 'node:crypto';

/** The port to the private calendar addresses; the Drizzle implementation lives in src/db/stores. */
export interface CalendarFeedStore {
  tokenOf(personId: number): Promise<string | undefined>;
  /** Sets the person's token (replacing any), unless `onlyIfNone` and one exists; returns the token in force. */
  setToken(personId: number, token: string, options: { onlyIfNone: boolean }): Promise<string>;
  personOf(token: string): Promise<number | undefined>;
}

/** What a calendar address looks like: 43 characters of base64url (32 random bytes). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Each person's private calendar subscription: an address with a secret token, made on the first
 * `calendar` and replaced by `calendar reset`. The addresses are built on KEINO_PUBLIC_URL; without
 * it Keino gives no address (it does not know where people reach it).
 */
export class CalendarFeeds {
  constructor(
    private readonly store: CalendarFeedStore,
    private readonly publicUrl: string | undefined,
  ) {}

  get available(): boolean {
    return this.publicUrl !== undefined;
  }

  /** The person's address, made on first use. */
  async addressOf(personId: number): Promise<string | undefined> {
    if (!this.publicUrl) return undefined;
    const token = (await this.store.tokenOf(personId)) ?? (await this.store.setToken(personId, newToken(), { onlyIfNone: true }));
    return this.address(token);
  }

  /** A new address; the old one stops working at once. */
  async reset(personId: number): Promise<string | undefined> {
    if (!this.publicUrl) return undefined;
    return this.address(await this.store.setToken(personId, newToken(), { onlyIfNone: false }));
  }

  /** Whose calendar a token opens, if anyone's. */
  personOf(token: string): Promise<number | undefined> {
    return TOKEN_SHAPE.test(token) ? this.store.personOf(token) : Promise.resolve(undefined);
  }

  private address(token: string): string {
    return `${this.publicUrl}/calendar/${token}.ics`;
  }
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}
