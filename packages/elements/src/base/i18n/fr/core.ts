import type { Messages } from '../messages.js';

export const fr: Messages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  errors: {
    unreachable: 'Impossible de joindre la source de données. Vérifiez la connexion et réessayez.',
    server: 'La source de données a répondu par une erreur. Réessayez dans un instant.',
    unreadable: 'Les données n’ont pas pu être lues.',
  },
  showMore: 'Afficher plus',
  showLess: 'Afficher moins',
  card: {
    empty: 'Aucun bien public numérique sélectionné.',
    notFound: (id) => `Aucun bien public numérique avec l’identifiant « ${id} » ne figure dans le registre.`,
    types: 'Type',
    sdgs: 'Objectifs de développement durable',
    licenses: 'Licence',
    stage: 'Statut',
    countries: 'Pays',
    deployedIn: 'Pays de déploiement',
    developedIn: 'Pays de développement',
    notStated: 'Non indiqué dans le registre',
    deployedWith: 'Déployé avec',
    links: 'Liens',
    website: 'Site web',
    repository: 'Dépôt',
    registryPage: 'Page du registre',
    indicators: 'Norme DPG',
    pilots: 'Projets pilotes',
    noPilots: 'Aucun projet pilote ne l’utilise encore.',
    pilotsUnavailable: 'Les projets pilotes n’ont pas pu être chargés.',
    stageNames: { dpg: 'Bien public numérique', nominee: 'Candidat' },
    typeNames: { software: 'Logiciel', content: 'Contenu', data: 'Données', 'ai-model': 'Modèle d’IA', standard: 'Norme' },
    indicatorNames: {
      ownership: 'Propriété clairement établie',
      license: 'Licence ouverte',
      platformIndependence: 'Indépendance vis-à-vis des plateformes',
      documentation: 'Documentation',
      nonPII: 'Mécanisme d’extraction des données et du contenu',
      privacy: 'Respect de la vie privée et des lois applicables',
      standards: 'Respect des normes et bonnes pratiques',
      doNoHarm: 'Ne pas nuire dès la conception',
    },
    indicatorMet: { met: 'Respecté', notMet: 'Non respecté', unclear: 'Incertain' },
    pilotStatus: { announced: 'Annoncé', active: 'En cours', complete: 'Terminé' },
  },
  badge: {
    notFound: 'Absent du registre des DPG',
    error: 'Badge DPG indisponible.',
    dpg: 'Bien public numérique',
    nominee: 'Candidat DPG',
    link: (name) => `${name} dans le registre des biens publics numériques`,
    linkAsOf: (name, date, snapshot) =>
      snapshot
        ? `${name} dans le registre des biens publics numériques (instantané du ${date})`
        : `${name} dans le registre des biens publics numériques (données du ${date})`,
  },
  // "\u00a0": French keeps a no-break space before ":" and ";".
  source: {
    snapshot: (date) => (date ? `Instantané du registre des DPG, à jour au ${date}` : 'Instantané du registre des DPG'),
    other: (name, date) => (date ? `Source\u00a0: ${name}, à jour au ${date}` : `Source\u00a0: ${name}`),
    stale: (date) =>
      date
        ? `Registre en ligne indisponible\u00a0; affichage de l’instantané du ${date}.`
        : 'Registre en ligne indisponible\u00a0; affichage d’une copie enregistrée.',
  },
  sdgTitles: [
    'Pas de pauvreté',
    'Faim « zéro »',
    'Bonne santé et bien-être',
    'Éducation de qualité',
    'Égalité entre les sexes',
    'Eau propre et assainissement',
    'Énergie propre et d’un coût abordable',
    'Travail décent et croissance économique',
    'Industrie, innovation et infrastructure',
    'Inégalités réduites',
    'Villes et communautés durables',
    'Consommation et production responsables',
    'Mesures relatives à la lutte contre les changements climatiques',
    'Vie aquatique',
    'Vie terrestre',
    'Paix, justice et institutions efficaces',
    'Partenariats pour la réalisation des objectifs',
  ],
};
