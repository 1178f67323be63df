// React 19 renders dpg-kit's custom elements like any tag: attributes and properties go straight
// to the element, and `on<event-name>` props listen for its events (typed by the import below).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// Only the elements this page uses; a bundler leaves the others out.
import '@dpg-kit/elements/define/dpg-card.js';
import '@dpg-kit/elements/define/dpg-badge.js';
import '@dpg-kit/elements/define/dpg-cop-table.js';
import type {} from '@dpg-kit/elements/jsx/react';

const GOODS = [
  { id: 'dhis2', name: 'DHIS2' },
  { id: 'kolibri', name: 'Kolibri' },
  { id: 'openmrs', name: 'OpenMRS' },
];

function App() {
  const [id, setId] = useState('dhis2');
  const [chosen, setChosen] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(0);

  return (
    <main>
      <h1>dpg-kit in React 19</h1>
      <label>
        Digital Public Good{' '}
        <select value={id} onChange={(event) => setId(event.target.value)}>
          {GOODS.map((good) => (
            <option key={good.id} value={good.id}>
              {good.name}
            </option>
          ))}
        </select>
      </label>
      <dpg-card
        dpg-id={id}
        variant="full"
        heading-level={2}
        ondpg-load={() => setLoaded((count) => count + 1)}
        ondpg-select={(event) => {
          // Stay in the app instead of following the link to the registry.
          event.preventDefault();
          setChosen(event.detail.dpg.name);
        }}
      />
      <p role="status" id="chosen">
        {chosen ? `You chose ${chosen}.` : 'Choose the good by its name.'} Cards loaded: <output>{loaded}</output>
      </p>
      <p>
        Built on <dpg-badge dpg-id={id} />.
      </p>
      <dpg-cop-table status="complete" />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
