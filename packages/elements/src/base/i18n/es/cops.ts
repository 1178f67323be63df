import type { CopMessages } from '../cops.js';

export const es: CopMessages = {
  caption: 'Comunidades de práctica',
  priorityArea: 'Área prioritaria',
  focus: 'Enfoque',
  status: 'Estado',
  statusNames: { complete: 'Finalizada', 'in-progress': 'En curso', 'coming-soon': 'Próximamente' },
  filter: 'Estado',
  all: 'Todos',
  toBeDecided: 'Por definir',
  empty: 'Todavía no hay comunidades de práctica.',
  emptyFiltered: 'Ninguna comunidad de práctica tiene este estado.',
};
