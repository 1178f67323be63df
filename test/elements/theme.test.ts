import { getDefaultClient } from '@dpg-kit/sdk';
import { expect } from '@open-wc/testing';
import { contrast, luminance, textOn } from '../../packages/elements/src/base/sdg.js';
import { PALETTE } from '../../packages/elements/src/base/theme.styles.js';

const colour = (name: string, scheme: 1 | 2) => PALETTE.find((row) => row[0] === name)![scheme];
const TEXT = ['text', 'text-muted', 'primary', 'danger', 'success', 'warning', 'info'];

describe('theme palette', () => {
  for (const [scheme, label] of [
    [1, 'light'],
    [2, 'dark'],
  ] as const) {
    it(`meets WCAG AA for every text colour on both surfaces (${label})`, () => {
      for (const surface of ['surface', 'surface-muted']) {
        for (const text of TEXT) {
          const ratio = contrast(colour(text, scheme), colour(surface, scheme));
          expect(ratio, `${text} on ${surface}`).to.be.at.least(4.5);
        }
      }
      expect(contrast(colour('on-primary', scheme), colour('primary', scheme))).to.be.at.least(4.5);
      // Borders of controls (the status select) are UI components: 3:1.
      expect(contrast(colour('border', scheme), colour('surface', scheme))).to.be.at.least(3);
    });
  }

  it('puts black or white on each SDG colour, whichever meets AA', () => {
    for (const sdg of getDefaultClient().sdgs.list()) {
      expect(contrast(textOn(sdg.color), sdg.color), `SDG ${sdg.goal}`).to.be.at.least(4.5);
    }
  });

  it('does not read colours that are not #rrggbb', () => {
    expect(luminance('red')).to.equal(null);
    expect(contrast('red', '#ffffff')).to.equal(1);
  });
});
