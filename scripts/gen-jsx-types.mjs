// Writes the JSX and template types of @dpg-kit/elements from its Custom Elements Manifest:
//   packages/elements/dist/jsx/react.d.ts  React 19: `JSX.IntrinsicElements`
//   packages/elements/dist/jsx/vue.d.ts    Vue 3: `GlobalComponents`
// Run after `npm run manifest` and `tsc -b` (the files import the element classes' .d.ts).
//
// Every attribute is typed with its property's type (`DpgCard['variant']`), properties without an
// attribute (`.dpg`, `.client`) by their own name, and every event through the
// `GlobalEventHandlersEventMap` entries that the elements declare, so an event handler's
// `event.detail` is typed. React 19 adds a listener for an `on<event-name>` prop of a custom
// element; Vue turns `@dpg-select` into `onDpgSelect`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const MANIFEST = 'packages/elements/custom-elements.json';
const OUT_DIR = 'packages/elements/dist/jsx';
const HEADER = '// Generated from custom-elements.json by scripts/gen-jsx-types.mjs. Do not edit.\n';

/** One line of a doc comment: manifests keep descriptions with their own line breaks. */
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\s+/g, ' ').replaceAll('*/', '*\\/').trim()} */\n` : '');
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_m, _dash, letter) => letter.toUpperCase());

/** The elements of the manifest: tag, class, module (relative to dist/jsx), attributes, fields, events. */
function readElements() {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes = (declaration.attributes ?? []).filter((attribute) => attribute.fieldName);
      const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
      const fields = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.readonly && !member.privacy && !attributeFields.has(member.name),
      );
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        from: mod.path.replace(/^packages\/elements\/src\//, '../').replace(/\.ts$/, '.js'),
        summary: declaration.summary ?? '',
        attributes,
        fields,
        events: declaration.events ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `interface DpgCardProps { 'dpg-id'?: DpgCard['dpgId']; ... }` with the event props named by `eventProp`. */
function propsInterface(element, eventProp) {
  const lines = [`export interface ${element.className}Props {\n`];
  for (const attribute of element.attributes) {
    lines.push(doc(attribute.description, '  '), `  '${attribute.name}'?: ${element.className}['${attribute.fieldName}'];\n`);
  }
  for (const field of element.fields) {
    lines.push(doc(field.description ? `${field.description} (property only)` : 'Property only.', '  '), `  ${field.name}?: ${element.className}['${field.name}'];\n`);
  }
  for (const event of element.events) {
    lines.push(doc(event.description, '  '), `  '${eventProp(event.name)}'?: (event: GlobalEventHandlersEventMap['${event.name}']) => void;\n`);
  }
  lines.push('}\n');
  return lines.join('');
}

function imports(elements) {
  return elements.map((element) => `import type { ${element.className} } from '${element.from}';\n`).join('') + "import type {} from '../base/events.js';\n";
}

function reactTypes(elements) {
  const body = elements.map((element) => propsInterface(element, (name) => `on${name}`)).join('\n');
  const entries = elements
    .map((element) => `${doc(element.summary, '      ')}      '${element.tag}': DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}> & ${element.className}Props;\n`)
    .join('');
  return `${HEADER}// React 19 JSX for the dpg-kit tags. Load it once, e.g. \`import type {} from '@dpg-kit/elements/jsx/react';\`
// Events: \`<dpg-card ondpg-select={(event) => event.detail.id} />\` (React 19 listens for \`on<event>\`).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements)}
${body}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}    }
  }
}
`;
}

function vueTypes(elements) {
  const eventProp = (name) => `on${pascal(name)}`;
  const body = elements.map((element) => propsInterface(element, eventProp)).join('\n');
  const entries = elements.map((element) => `${doc(element.summary, '    ')}    '${element.tag}': DefineComponent<${element.className}Props>;\n`).join('');
  return `${HEADER}// Vue 3 template types for the dpg-kit tags. Load it once, e.g. \`import type {} from '@dpg-kit/elements/jsx/vue';\`
// and tell Vue's compiler the tags are custom elements: \`isCustomElement: (tag) => tag.startsWith('dpg-')\`.
// Events: \`<dpg-card @dpg-select="(event) => event.detail.id" />\`.
import type { DefineComponent } from 'vue';
${imports(elements)}
${body}
declare module 'vue' {
  interface GlobalComponents {
${entries}  }
}
`;
}

const elements = readElements();
if (elements.length === 0) throw new Error(`${MANIFEST} lists no custom elements: run \`npm run manifest\` first.`);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(`${OUT_DIR}/react.d.ts`, reactTypes(elements));
writeFileSync(`${OUT_DIR}/vue.d.ts`, vueTypes(elements));
console.log(`JSX types for ${elements.map((element) => `<${element.tag}>`).join(' ')} in ${OUT_DIR}/`);
