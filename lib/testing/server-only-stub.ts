// Vitest stands in for the 'react-server' condition: `import 'server-only'` resolves here and does
// nothing, so tests can import db/ and lib/ modules that are guarded against client bundles.
export {};
