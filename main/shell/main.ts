// The Electron main-process entry, bundled into dist/main/shell.cjs.
import { createRuntime } from '../runtime/runtime';
import { startShell } from './app';

startShell({ createRuntime });
