import type { Messages } from '../messages.js';

export const es: Messages = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  errors: {
    unreachable: 'No se pudo acceder a la fuente de datos. Compruebe la conexión y vuelva a intentarlo.',
    server: 'La fuente de datos respondió con un error. Vuelva a intentarlo en un momento.',
    unreadable: 'No se pudieron leer los datos.',
  },
  showMore: 'Mostrar más',
  showLess: 'Mostrar menos',
  card: {
    empty: 'No se ha seleccionado ningún bien público digital.',
    notFound: (id) => `No hay ningún bien público digital con el identificador «${id}» en el registro.`,
    types: 'Tipo',
    sdgs: 'Objetivos de Desarrollo Sostenible',
    licenses: 'Licencia',
    stage: 'Estado',
    countries: 'Países',
    links: 'Enlaces',
    website: 'Sitio web',
    repository: 'Repositorio',
    registryPage: 'Página del registro',
    indicators: 'Estándar DPG',
    pilots: 'Proyectos piloto',
    noPilots: 'Ningún proyecto piloto lo usa todavía.',
    pilotsUnavailable: 'No se pudieron cargar los proyectos piloto.',
    stageNames: { dpg: 'Bien público digital', nominee: 'Candidato' },
    typeNames: { software: 'Software', content: 'Contenido', data: 'Datos', 'ai-model': 'Modelo de IA', standard: 'Estándar' },
    indicatorNames: {
      ownership: 'Titularidad clara',
      license: 'Licencia abierta',
      platformIndependence: 'Independencia de plataforma',
      documentation: 'Documentación',
      nonPII: 'Mecanismo de extracción de datos y contenido',
      privacy: 'Privacidad y leyes aplicables',
      standards: 'Estándares y buenas prácticas',
      doNoHarm: 'No causar daño desde el diseño',
    },
    indicatorMet: { met: 'Cumple', notMet: 'No cumple', unclear: 'Sin determinar' },
    pilotStatus: { announced: 'Anunciado', active: 'En curso', complete: 'Finalizado' },
  },
  badge: {
    notFound: 'No figura en el registro de DPG',
    error: 'Distintivo DPG no disponible.',
    dpg: 'Bien público digital',
    nominee: 'Candidato DPG',
    link: (name) => `${name} en el Registro de Bienes Públicos Digitales`,
    linkAsOf: (name, date, snapshot) =>
      snapshot
        ? `${name} en el Registro de Bienes Públicos Digitales (copia del ${date})`
        : `${name} en el Registro de Bienes Públicos Digitales (datos del ${date})`,
  },
  source: {
    snapshot: (date) => (date ? `Copia del registro de DPG, actualizada al ${date}` : 'Copia del registro de DPG'),
    other: (name, date) => (date ? `Fuente: ${name}, actualizada al ${date}` : `Fuente: ${name}`),
    stale: (date) =>
      date
        ? `El registro en línea no está disponible; se muestra la copia del ${date}.`
        : 'El registro en línea no está disponible; se muestra una copia guardada.',
  },
  sdgTitles: [
    'Fin de la pobreza',
    'Hambre cero',
    'Salud y bienestar',
    'Educación de calidad',
    'Igualdad de género',
    'Agua limpia y saneamiento',
    'Energía asequible y no contaminante',
    'Trabajo decente y crecimiento económico',
    'Industria, innovación e infraestructura',
    'Reducción de las desigualdades',
    'Ciudades y comunidades sostenibles',
    'Producción y consumo responsables',
    'Acción por el clima',
    'Vida submarina',
    'Vida de ecosistemas terrestres',
    'Paz, justicia e instituciones sólidas',
    'Alianzas para lograr los objetivos',
  ],
};
