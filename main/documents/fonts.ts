import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDF_FONT } from './layout';

/**
 * The Tinos faces embedded in every printed document (resources/fonts/tinos, SIL OFL 1.1, copied from
 * @fontsource/tinos). Vietnamese needs both subsets: the `latin` one has the base letters and
 * â/ê/ô/à/á…, the `vietnamese` one ă/đ/ơ/ư and the stacked tone marks.
 */
const SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
} as const;
const WEIGHTS = [400, 700] as const;
const STYLES = ['normal', 'italic'] as const;

/**
 * The resources folder when running from the repository (vitest, the loopback host). The packaged app
 * passes its own folder (inside app.asar: `path.join(app.getAppPath(), 'resources')`).
 */
export function repositoryResourcesDir(): string {
  return path.resolve('resources');
}

const cssByFolder = new Map<string, string>();

/** The @font-face rules with every face inlined as a data: URI; read once per resources folder. */
export function tinosFontFaces(resourcesDir: string): string {
  const cached = cssByFolder.get(resourcesDir);
  if (cached) return cached;
  const rules = Object.entries(SUBSETS).flatMap(([subset, unicodeRange]) =>
    WEIGHTS.flatMap((weight) =>
      STYLES.map((style) => {
        const file = path.join(resourcesDir, 'fonts', 'tinos', `tinos-${subset}-${weight}-${style}.woff2`);
        const data = readFileSync(file).toString('base64');
        return `@font-face{font-family:'${PDF_FONT}';font-style:${style};font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${unicodeRange};}`;
      }),
    ),
  );
  const css = rules.join('\n');
  cssByFolder.set(resourcesDir, css);
  return css;
}
