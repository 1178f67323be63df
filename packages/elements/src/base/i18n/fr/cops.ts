import type { CopMessages } from '../cops.js';

export const fr: CopMessages = {
  caption: 'Communautés de pratique',
  priorityArea: 'Domaine prioritaire',
  focus: 'Thème',
  status: 'Statut',
  statusNames: { complete: 'Terminée', 'in-progress': 'En cours', 'coming-soon': 'Bientôt' },
  filter: 'Statut',
  all: 'Tous',
  toBeDecided: 'À définir',
  empty: 'Aucune communauté de pratique pour l’instant.',
  emptyFiltered: 'Aucune communauté de pratique n’a ce statut.',
};
