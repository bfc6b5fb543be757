import { KeinoError } from '../errors.js';

/**
 * A file a person shared with Keino (a Slack direct message, a Teams personal chat). The adapter
 * knows how to fetch it; Keino fetches only once it has decided to read it.
 */
export interface SharedFile {
  name: string;
  /** In bytes, when the platform says. */
  size?: number;
  mimeType?: string;
  /** Fetches the content; refuses with FileTooLarge past maxBytes, FileUnavailable when it cannot be fetched. */
  read(maxBytes: number): Promise<Uint8Array>;
}

export class FileTooLarge extends KeinoError {
  constructor(maxBytes: number) {
    super('files.too_large', 'files.tooLarge', { megabytes: Math.floor(maxBytes / (1024 * 1024)) });
  }
}

/** The adapter could not fetch the file (it logs why); the person is asked to share it again. */
export class FileUnavailable extends KeinoError {
  constructor() {
    super('files.unavailable', 'files.unavailable');
  }
}

/** The lower-case extension of a file name without the dot ("csv"), or "". */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
