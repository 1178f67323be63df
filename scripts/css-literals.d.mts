import type { Plugin } from 'rollup';

/** The CSS of one static piece of a `css` template, without comments and needless spacing. */
export declare function minifyCss(text: string): string;
/** Start and end indexes of the static pieces of every `css` tagged template in `code`. */
export declare function cssTemplatePieces(code: string): [number, number][];
/** The rollup plugin that minifies the static CSS of every `css` tagged template. */
export declare function minifyCssLiterals(): Plugin;
