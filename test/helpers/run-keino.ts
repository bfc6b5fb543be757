import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface KeinoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `src/main.ts` as `npm start` does, with piped standard input and a clean environment. */
export function runKeino(args: string[], options: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<KeinoRun> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    // No chat credentials or database from the surrounding shell leak into the child.
    if (value !== undefined && !/^(SLACK_|MICROSOFT_|DATABASE_URL|KEINO_)/.test(name)) env[name] = value;
  }
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], { cwd: repositoryRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`keino ${args.join(' ')} did not finish in time\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 150_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
