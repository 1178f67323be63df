// Style sheets written as Lit `css` tagged templates keep their comments and indentation through
// tsc and terser, which treat them as strings. The CDN build passes every module through
// `minifyCssLiterals`, which drops the comments and the spacing of the templates' static text
// (never of their `${…}` parts), so a page downloads the rules without the notes about them.
import MagicString from 'magic-string';

/**
 * The CSS of one static piece of a template, smaller: comments out, runs of whitespace down to
 * one space, and no space around `{ } ; : ,` outside strings and parentheses (where a space may
 * be meaningful, as in `calc(1px + 2px)`). Quoted strings are left as they are.
 */
export function minifyCss(text) {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; ) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      if (!out.endsWith(' ')) out += ' ';
      continue;
    }
    if (char === '"' || char === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/\s/.test(char)) {
      while (i < text.length && /\s/.test(text[i])) i += 1;
      if (!out.endsWith(' ')) out += ' ';
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && '{};,'.includes(char)) {
      out = out.replace(/ $/, '') + char;
      i += 1;
      while (i < text.length && /\s/.test(text[i])) i += 1;
      continue;
    }
    out += char;
    i += 1;
  }
  return out;
}

/**
 * Where the static pieces of each `css` tagged template in `code` start and end: pairs of
 * indexes, skipping `${…}` (with nested braces, strings and templates inside it).
 */
export function cssTemplatePieces(code) {
  const pieces = [];
  const tag = /\bcss\s*`/g;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    let i = match.index + match[0].length;
    let start = i;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        i += 2;
        continue;
      }
      if (code[i] === '$' && code[i + 1] === '{') {
        pieces.push([start, i]);
        i = skipExpression(code, i + 2);
        start = i;
        continue;
      }
      i += 1;
    }
    pieces.push([start, i]);
    tag.lastIndex = i + 1;
  }
  return pieces;
}

/** The index just past the `}` closing an expression that starts at `from`. */
function skipExpression(code, from) {
  let depth = 1;
  let i = from;
  while (i < code.length && depth > 0) {
    const char = code[i];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (char === '"' || char === "'" || char === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== char) {
        if (code[j] === '\\') j += 1;
        else if (char === '`' && code[j] === '$' && code[j + 1] === '{') j = skipExpression(code, j + 2) - 1;
        j += 1;
      }
      i = j;
    }
    i += 1;
  }
  return i;
}

/** The rollup plugin: every module holding a `css` template gets its static CSS minified. */
export function minifyCssLiterals() {
  return {
    name: 'dpg-minify-css-literals',
    transform(code, id) {
      if (!/\bcss\s*`/.test(code) || id.includes('/node_modules/')) return null;
      const text = new MagicString(code);
      let changed = false;
      for (const [start, end] of cssTemplatePieces(code)) {
        const piece = code.slice(start, end);
        const small = minifyCss(piece);
        if (small !== piece) {
          changed = true;
          if (small) text.overwrite(start, end, small);
          else text.remove(start, end);
        }
      }
      return changed ? { code: text.toString(), map: text.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
