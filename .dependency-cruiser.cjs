/**
 * dependency-cruiser (`npm run lint:deps`, run by .ci/run): every import in src/ and test/ must
 * resolve, and every package imported must be declared in package.json, so nothing works only
 * because another package happens to bring it along. No import circles.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-knows-no-platform',
      comment:
        'src/core is platform-neutral: it imports no platform adapter, no wiring, no server and no database code. ' +
        'What it needs of a platform comes through src/core/ports (PlatformCapabilities, PlatformGateway), filled in by src/app.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(platforms|app|server|db|jobs|tasks)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'This import resolves to nothing: a missing file or an uninstalled package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      comment: 'This package is not declared in package.json: `npm install <package>` it (and name it in the README).',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-circular',
      comment:
        'An import circle (type-only imports included). Break it by moving the shared type to the module both import, ' +
        'or by passing what one needs as a narrow port (see docs/architecture.md).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a package whose types are imported must be declared too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
