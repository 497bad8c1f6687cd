import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderHtml, renderHtmlBundle } from '../../../main/documents/html';
import { communityRecord, decision, minutes } from './samples';

const resourcesDir = path.resolve('resources');

it('embeds the four Tinos faces of both subsets as data: URIs, each with its unicode-range', () => {
  const html = renderHtml(decision, { resourcesDir });
  const faces = html.match(/@font-face\{[^}]*\}/g) ?? [];
  expect(faces).toHaveLength(8);
  for (const subset of ['latin', 'vietnamese']) {
    for (const [weight, style] of [['400', 'normal'], ['700', 'normal'], ['400', 'italic'], ['700', 'italic']]) {
      const data = readFileSync(path.join(resourcesDir, 'fonts', 'tinos', `tinos-${subset}-${weight}-${style}.woff2`)).toString('base64');
      const face = faces.find((f) => f.includes(data));
      expect(face, `${subset} ${weight} ${style}`).toContain(`font-weight:${weight};`);
      expect(face).toContain(`font-style:${style};`);
      expect(face).toMatch(subset === 'vietnamese' ? /unicode-range:U\+0102-0103,[^;]*U\+1EA0-1EF9/ : /unicode-range:U\+0000-00FF,/);
    }
  }
});

it('is self-contained: no outside URL, no script, a policy that allows only inline styles and data: fonts', () => {
  const html = renderHtml(decision, { resourcesDir });
  expect(html).not.toMatch(/(src|href)=|url\((?!data:)|https?:\/\//);
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:"`);
});

it('sets A4, the orientation and the NĐ 30 margins with @page', () => {
  expect(renderHtml(decision, { resourcesDir })).toContain('@page{size:A4 portrait;margin:20mm 15mm 20mm 30mm;}');
  const landscape = renderHtml(minutes, { resourcesDir });
  expect(landscape).toContain('@page{size:A4 landscape;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page)');
  expect(landscape).toContain('@page :first{@top-center{content:none;}}');
});

it('escapes text, so a title cannot become markup', () => {
  const html = renderHtml({ ...decision, title: 'Biên bản <b>họp</b> & "kiểm phiếu"', body: [{ kind: 'paragraph', text: '<img src=x>' }] }, { resourcesDir });
  expect(html).toContain('BIÊN BẢN &#60;B&#62;HỌP&#60;/B&#62; &#38; &#34;KIỂM PHIẾU&#34;');
  expect(html).toContain('&#60;img src=x&#62;');
  expect(html).not.toContain('<img');
});

it('reads the fonts from the repository resources folder by default', () => {
  expect(renderHtml(decision)).toBe(renderHtml(decision, { resourcesDir }));
});

it('prints a bundle of one document as that document, page numbers included', () => {
  expect(renderHtmlBundle([minutes], { resourcesDir })).toBe(renderHtml(minutes, { resourcesDir }));
  const bundle = renderHtmlBundle([minutes, decision], { resourcesDir });
  expect(bundle).toContain('<section style="page:landscape">');
  expect(bundle).not.toContain('counter(page)');
});

it('sets each row of signatures below the first as its own table row, kept whole on a page', () => {
  const html = renderHtml(communityRecord, { resourcesDir });
  const foot = html.slice(html.indexOf('<table class="layout foot">'));
  expect(foot.match(/<tr/g)).toHaveLength(2);
  expect(foot).toMatch(/<tr><td>.*TỔ TRƯỞNG TỔ DÂN PHỐ.*Hoàng Văn Dũng.*<\/td><td>.*TRƯỞNG BAN CÔNG TÁC.*MẶT TRẬN.*Lương Văn Bình.*<\/td><\/tr><tr class="below"><td>.*Trần Thị Thu.*<\/td><td>.*Đinh Văn Sơn/);
  expect(html).toContain('.foot tr{break-inside:avoid;}');
});
