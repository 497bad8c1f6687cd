import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jest-dom is not installed: tests assert with plain expect() on testing-library queries.
// Screens render the whole MUI tree in jsdom; two busy cores need more than the default 5 s now and then.
vi.setConfig({ testTimeout: 20_000 });
// The first render of a screen loads MUI's whole tree: every findBy… waits up to 5 s, not 1 s.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});
