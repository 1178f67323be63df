import type { CopMessages } from '../cops.js';

export const pt: CopMessages = {
  caption: 'Comunidades de prática',
  priorityArea: 'Área prioritária',
  focus: 'Foco',
  status: 'Situação',
  statusNames: { complete: 'Concluída', 'in-progress': 'Em andamento', 'coming-soon': 'Em breve' },
  filter: 'Situação',
  all: 'Todas',
  toBeDecided: 'A definir',
  empty: 'Ainda não há comunidades de prática.',
  emptyFiltered: 'Nenhuma comunidade de prática tem esta situação.',
};
