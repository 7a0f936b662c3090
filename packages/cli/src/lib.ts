// The importable API of @zwgk/cli; the `zwgk` executable is index.ts.
export { CliError, EXIT } from './errors.js';
export { runCli } from './program.js';
