import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { manifestArgTypes } from './arg-types.js';
import { eventLog, eventNames } from './event-log.js';
import { snippet } from './source-snippet.js';
import { tokenControls } from './token-controls.js';
import { globalTypes, initialGlobals, toolbar } from './toolbar.js';

// The manifest gives each element's description; the Docs tables and controls come from
// manifestArgTypes, which keeps attributes, parts and slots of the same name apart.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    options: { storySort: { order: ['Introduction', 'Tokens', 'Elements'] } },
    // Every story's axe check fails its story test (and shows in the Accessibility panel).
    a11y: { test: 'error' },
    docs: {
      extractArgTypes: (component: string) => manifestArgTypes(component, manifest),
      source: { transform: (source: string) => snippet(source) },
    },
  },
  globalTypes,
  initialGlobals,
  decorators: [tokenControls, toolbar, eventLog(eventNames(manifest))],
  tags: ['autodocs'],
};
export default preview;
