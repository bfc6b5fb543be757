import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Noto Sans (SIL Open Font License) from the @expo-google-fonts/noto-sans package: the same
 * letters (ä, ö, å, é …) on every machine, with no system fonts consulted.
 */
export function chartFontFiles(): string[] {
  const packageRoot = path.dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  return [path.join(packageRoot, '400Regular', 'NotoSans_400Regular.ttf'), path.join(packageRoot, '700Bold', 'NotoSans_700Bold.ttf')];
}
