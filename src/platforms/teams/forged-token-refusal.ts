import type { CloudAdapter } from 'botbuilder';
import { AuthenticationError, type BotFrameworkAuthentication } from 'botframework-connector';

/** What jsonwebtoken throws for a token that does not verify (a forged signature, not yet valid, expired). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder answers 500 to a token whose signature does not verify, because jsonwebtoken's error
 * is not its AuthenticationError: a forged token is the sender's fault and gets 401 like every
 * other refused token (and Bot Framework does not retry it).
 */
export function refuseForgedTokensWith401(adapter: CloudAdapter): void {
  // A protected member of CloudAdapter: read by name, as the SDK gives no accessor.
  const auth: BotFrameworkAuthentication = Reflect.get(adapter, 'botFrameworkAuthentication');
  const authenticate = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    try {
      return await authenticate(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized: ${error.message}`, 401);
      throw error;
    }
  };
}
