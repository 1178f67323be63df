import type { Messages } from '../messages.js';

export const pt: Messages = {
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  errors: {
    unreachable: 'Não foi possível acessar a fonte de dados. Verifique a conexão e tente novamente.',
    server: 'A fonte de dados respondeu com um erro. Tente novamente em instantes.',
    unreadable: 'Não foi possível ler os dados.',
  },
  showMore: 'Mostrar mais',
  showLess: 'Mostrar menos',
  card: {
    empty: 'Nenhum bem público digital selecionado.',
    notFound: (id) => `Não há nenhum bem público digital com o identificador “${id}” no registro.`,
    types: 'Tipo',
    sdgs: 'Objetivos de Desenvolvimento Sustentável',
    licenses: 'Licença',
    stage: 'Situação',
    countries: 'Países',
    links: 'Links',
    website: 'Site',
    repository: 'Repositório',
    registryPage: 'Página no registro',
    indicators: 'Padrão DPG',
    pilots: 'Projetos-piloto',
    noPilots: 'Nenhum projeto-piloto o utiliza ainda.',
    pilotsUnavailable: 'Não foi possível carregar os projetos-piloto.',
    stageNames: { dpg: 'Bem público digital', nominee: 'Candidato' },
    typeNames: { software: 'Software', content: 'Conteúdo', data: 'Dados', 'ai-model': 'Modelo de IA', standard: 'Padrão' },
    indicatorNames: {
      ownership: 'Propriedade clara',
      license: 'Licença aberta',
      platformIndependence: 'Independência de plataforma',
      documentation: 'Documentação',
      nonPII: 'Mecanismo de extração de dados e conteúdo',
      privacy: 'Privacidade e leis aplicáveis',
      standards: 'Padrões e boas práticas',
      doNoHarm: 'Não causar danos desde a concepção',
    },
    indicatorMet: { met: 'Atendido', notMet: 'Não atendido', unclear: 'Indefinido' },
    pilotStatus: { announced: 'Anunciado', active: 'Em andamento', complete: 'Concluído' },
  },
  badge: {
    notFound: 'Fora do registro de DPGs',
    error: 'Selo DPG indisponível.',
    dpg: 'Bem público digital',
    nominee: 'Candidato a DPG',
    link: (name) => `${name} no Registro de Bens Públicos Digitais`,
    linkAsOf: (name, date, snapshot) =>
      snapshot
        ? `${name} no Registro de Bens Públicos Digitais (cópia de ${date})`
        : `${name} no Registro de Bens Públicos Digitais (dados de ${date})`,
  },
  source: {
    snapshot: (date) => (date ? `Cópia do registro de DPGs, atualizada em ${date}` : 'Cópia do registro de DPGs'),
    other: (name, date) => (date ? `Fonte: ${name}, atualizada em ${date}` : `Fonte: ${name}`),
    stale: (date) =>
      date
        ? `Registro on-line indisponível; exibindo a cópia de ${date}.`
        : 'Registro on-line indisponível; exibindo uma cópia salva.',
  },
  sdgTitles: [
    'Erradicação da pobreza',
    'Fome zero e agricultura sustentável',
    'Saúde e bem-estar',
    'Educação de qualidade',
    'Igualdade de gênero',
    'Água potável e saneamento',
    'Energia limpa e acessível',
    'Trabalho decente e crescimento econômico',
    'Indústria, inovação e infraestrutura',
    'Redução das desigualdades',
    'Cidades e comunidades sustentáveis',
    'Consumo e produção responsáveis',
    'Ação contra a mudança global do clima',
    'Vida na água',
    'Vida terrestre',
    'Paz, justiça e instituições eficazes',
    'Parcerias e meios de implementação',
  ],
};
