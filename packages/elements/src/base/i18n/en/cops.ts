import type { CopMessages } from '../cops.js';

export const en: CopMessages = {
  caption: 'Communities of Practice',
  priorityArea: 'Priority area',
  focus: 'Focus',
  status: 'Status',
  statusNames: { complete: 'Complete', 'in-progress': 'In progress', 'coming-soon': 'Coming soon' },
  filter: 'Status',
  all: 'All',
  toBeDecided: 'To be decided',
  empty: 'No Communities of Practice yet.',
  emptyFiltered: 'No Community of Practice has this status.',
};
