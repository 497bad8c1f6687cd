import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jest-dom is not installed: tests assert with plain expect() on testing-library queries.
// Screens render the whole MUI tree in jsdom; two busy cores need more than the default 5 s now and then.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});
