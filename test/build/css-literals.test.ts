import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import { cssTemplatePieces, minifyCss, minifyCssLiterals } from '../../scripts/css-literals.mjs';

describe('minifyCss', () => {
  it('drops comments and spacing around braces, semicolons and commas', () => {
    assert.equal(minifyCss('\n  /* a note */\n  :host {\n    display: block;\n  }\n  a,\n  b { color: red; }\n'), ' :host{display: block;}a,b{color: red;}');
  });
  it('keeps the spaces that mean something: combinators, calc() and strings', () => {
    assert.equal(minifyCss('.a   .b > .c { width: calc(100%  -  2px); content: "x  ;  y"; }'), '.a .b > .c{width: calc(100% - 2px);content: "x  ;  y";}');
    assert.equal(minifyCss("[data-x='a, b'] { font-family: var(--f, a,  b); }"), "[data-x='a, b']{font-family: var(--f, a, b);}");
  });
  it('ends an unterminated comment at the end of the text', () => {
    assert.equal(minifyCss('a { color: red; } /* open'), 'a{color: red;} ');
  });
});

describe('cssTemplatePieces', () => {
  it('finds the static parts of css templates and skips their expressions', () => {
    const code = "const x = css`a { ${one({ b: `t${2}` })} }`; const y = html`<p> </p>`; const z = css `q{}`;";
    const pieces = cssTemplatePieces(code).map(([start, end]) => code.slice(start, end));
    assert.deepEqual(pieces, ['a { ', ' }', 'q{}']);
  });
});

describe('the rollup plugin', () => {
  it('minifies css templates in a module and leaves html templates and plain strings alone', async () => {
    const source = [
      "const css = (s, ...v) => s.raw.join('|') + v.join('|');",
      "const html = (s) => s.raw.join('|');",
      'export const sheet = css`\n  /* why */\n  :host {\n    display: block;\n  }\n  ${"x"}\n  .a   .b { color: red; }\n`;',
      'export const markup = html`<p>  two  spaces  </p>`;',
      "export const text = 'a  /* not css */  b';",
    ].join('\n');
    const bundle = await rollup({
      input: 'entry',
      plugins: [{ name: 'virtual', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? source : null) }, minifyCssLiterals()],
    });
    const { output } = await bundle.generate({ format: 'es', sourcemap: true });
    const code = output[0].code;
    assert.match(code, /css` :host\{display: block;\}\$\{"x"\} \.a \.b\{color: red;\}`/);
    assert.match(code, /html`<p> {2}two {2}spaces {2}<\/p>`/);
    assert.match(code, /'a {2}\/\* not css \*\/ {2}b'/);
    assert.ok(output[0].map, 'a source map comes out');
  });
});
