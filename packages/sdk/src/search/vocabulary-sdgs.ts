/**
 * The 17 Sustainable Development Goals as search vocabulary: each goal's official short title
 * in the five interface languages (UN translations), the words of its targets that visitors
 * search for, and the goal's number, so "zero hunger", "faim zéro" or "الصحة" find the DPGs
 * that work toward that goal even when their records never use the title's words.
 */
import type { Concept } from './vocabulary-types.js';

export const SDG_CONCEPTS: readonly Concept[] = [
  {
    id: 'sdg-1', sdg: 1, terms: ['no poverty', 'poverty'], related: ['poor', 'social protection', 'cash transfer'],
    fr: ['pas de pauvreté', 'pauvreté'], es: ['fin de la pobreza', 'pobreza'], pt: ['erradicação da pobreza', 'pobreza'], ar: ['القضاء على الفقر', 'الفقر'],
  },
  {
    // Targets 2.1–2.4: hunger, food security, nutrition, agricultural productivity.
    id: 'sdg-2', sdg: 2, terms: ['zero hunger', 'hunger', 'food security', 'nutrition'], related: ['food', 'agriculture', 'farmers', 'fortification'],
    fr: ['faim zéro', 'faim', 'sécurité alimentaire', 'nutrition', 'alimentation'],
    es: ['hambre cero', 'hambre', 'seguridad alimentaria', 'nutrición', 'alimentos', 'alimentación'],
    pt: ['fome zero', 'fome', 'segurança alimentar', 'nutrição', 'alimentos', 'alimentação'],
    ar: ['القضاء التام على الجوع', 'الجوع', 'الأمن الغذائي', 'التغذية'],
  },
  {
    // Targets 3.3 (epidemics), 3.8 (universal health coverage), 3.b (vaccines and medicines).
    id: 'sdg-3', sdg: 3, terms: ['good health and well-being', 'health', 'healthcare', 'ehealth', 'well-being', 'wellbeing', 'clinic', 'clinics', 'hospital', 'hospitals'],
    related: ['medical', 'clinical', 'patient', 'disease', 'health coverage'],
    fr: ['bonne santé et bien-être', 'santé', 'médical', 'médicale', 'soins', 'hôpital', 'bien-être'],
    es: ['salud y bienestar', 'salud', 'sanitario', 'médico', 'médica', 'hospital', 'bienestar'],
    pt: ['saúde e bem-estar', 'saúde', 'médico', 'médica', 'hospital', 'bem-estar'],
    ar: ['الصحة الجيدة والرفاه', 'الصحة', 'صحة', 'الصحية', 'طبي', 'المستشفى', 'الرعاية الصحية'],
  },
  {
    // Targets 4.1–4.6: schooling, early childhood, skills, literacy and numeracy.
    id: 'sdg-4', sdg: 4, terms: ['quality education', 'education', 'educational', 'learning', 'teaching'], related: ['school', 'schools', 'skills', 'students', 'teachers', 'literacy', 'elearning', 'lessons', 'curricula'],
    fr: ['éducation de qualité', 'éducation', 'enseignement', 'école', 'apprentissage'],
    es: ['educación de calidad', 'educación', 'enseñanza', 'escuela', 'aprendizaje'],
    pt: ['educação de qualidade', 'educação', 'ensino', 'escola', 'aprendizagem'],
    ar: ['التعليم الجيد', 'التعليم', 'تعليم', 'المدرسة', 'التعلم'],
  },
  {
    id: 'sdg-5', sdg: 5, terms: ['gender equality', 'gender', 'women', 'girls'], related: ['gender-based violence', 'women and girls'],
    fr: ['égalité entre les sexes', 'égalité des sexes', 'égalité de genre', 'femmes', 'filles'],
    es: ['igualdad de género', 'mujeres', 'niñas'], pt: ['igualdade de gênero', 'mulheres', 'meninas'],
    ar: ['المساواة بين الجنسين', 'النساء', 'المرأة'],
  },
  {
    id: 'sdg-6', sdg: 6, terms: ['clean water and sanitation', 'water', 'sanitation', 'wash'], related: ['drinking water', 'hygiene', 'water productivity'],
    fr: ['eau propre et assainissement', 'eau', 'assainissement'], es: ['agua limpia y saneamiento', 'agua', 'saneamiento'],
    pt: ['água potável e saneamento', 'água', 'saneamento'], ar: ['المياه النظيفة والنظافة الصحية', 'المياه', 'الصرف الصحي'],
  },
  {
    // Target 7.1: access to electricity.
    id: 'sdg-7', sdg: 7, terms: ['affordable and clean energy', 'energy', 'clean energy', 'energy access', 'electricity'], related: ['renewable energy', 'solar'],
    fr: ["énergie propre et d'un coût abordable", 'énergie', 'électricité'], es: ['energía asequible y no contaminante', 'energía', 'electricidad'],
    pt: ['energia limpa e acessível', 'energia', 'eletricidade'], ar: ['طاقة نظيفة وبأسعار معقولة', 'الطاقة', 'الكهرباء'],
  },
  {
    // Target 8.10: access to banking and financial services.
    id: 'sdg-8', sdg: 8, terms: ['decent work and economic growth', 'decent work', 'economic growth', 'employment', 'jobs'], related: ['entrepreneurs', 'livelihoods'],
    fr: ['travail décent et croissance économique', 'emploi'], es: ['trabajo decente y crecimiento económico', 'empleo'],
    pt: ['trabalho decente e crescimento econômico', 'emprego'], ar: ['العمل اللائق ونمو الاقتصاد', 'العمل', 'التوظيف'],
  },
  {
    id: 'sdg-9', sdg: 9, terms: ['industry innovation and infrastructure', 'infrastructure', 'innovation', 'industry'], related: ['digital infrastructure'],
    fr: ['industrie, innovation et infrastructure', 'infrastructure'], es: ['industria, innovación e infraestructura', 'infraestructura'],
    pt: ['indústria, inovação e infraestrutura', 'infraestrutura'], ar: ['الصناعة والابتكار والهياكل الأساسية', 'البنية التحتية'],
  },
  {
    id: 'sdg-10', sdg: 10, terms: ['reduced inequalities', 'inequality', 'inequalities'], related: ['inclusion', 'inclusive', 'marginalized'],
    fr: ['inégalités réduites', 'inégalités'], es: ['reducción de las desigualdades', 'desigualdad', 'desigualdades'],
    pt: ['redução das desigualdades', 'desigualdade', 'desigualdades'], ar: ['الحد من أوجه عدم المساواة', 'عدم المساواة'],
  },
  {
    id: 'sdg-11', sdg: 11, terms: ['sustainable cities and communities', 'cities', 'urban'], related: ['city', 'municipal', 'disaster risk'],
    fr: ['villes et communautés durables', 'villes', 'urbain'], es: ['ciudades y comunidades sostenibles', 'ciudades', 'urbano'],
    pt: ['cidades e comunidades sustentáveis', 'cidades', 'urbano'], ar: ['مدن ومجتمعات محلية مستدامة', 'المدن'],
  },
  {
    id: 'sdg-12', sdg: 12, terms: ['responsible consumption and production', 'sustainable consumption'], related: ['waste', 'circular economy', 'supply chain'],
    fr: ['consommation et production responsables'], es: ['producción y consumo responsables'],
    pt: ['consumo e produção responsáveis'], ar: ['الاستهلاك والإنتاج المسؤولان'],
  },
  {
    // Targets 13.1 (resilience to disasters) and 13.3 (early warning).
    id: 'sdg-13', sdg: 13, terms: ['climate action', 'climate', 'climate change'], related: ['weather', 'emissions', 'carbon', 'drought', 'flood', 'early warning'],
    fr: ['mesures relatives à la lutte contre les changements climatiques', 'climat', 'changement climatique', 'changements climatiques'],
    es: ['acción por el clima', 'clima', 'cambio climático'], pt: ['ação contra a mudança global do clima', 'clima', 'mudança climática', 'mudanças climáticas'],
    ar: ['العمل المناخي', 'المناخ', 'تغير المناخ'],
  },
  {
    id: 'sdg-14', sdg: 14, terms: ['life below water', 'ocean', 'oceans', 'marine'], related: ['sea', 'fisheries', 'coastal'],
    fr: ['vie aquatique', 'océans', 'océan'], es: ['vida submarina', 'océanos'], pt: ['vida na água', 'oceanos'], ar: ['الحياة تحت الماء', 'المحيطات'],
  },
  {
    id: 'sdg-15', sdg: 15, terms: ['life on land', 'biodiversity', 'terrestrial ecosystems'], related: ['forests', 'wildlife', 'species', 'land cover'],
    fr: ['vie terrestre', 'biodiversité', 'forêts'], es: ['vida de ecosistemas terrestres', 'biodiversidad', 'bosques'],
    pt: ['vida terrestre', 'biodiversidade', 'florestas'], ar: ['الحياة في البر', 'التنوع البيولوجي', 'الغابات'],
  },
  {
    // Target 16.9: legal identity for all, including birth registration.
    id: 'sdg-16', sdg: 16, terms: ['peace justice and strong institutions', 'justice', 'peace', 'strong institutions'], related: ['governance', 'transparency', 'rule of law'],
    fr: ['paix, justice et institutions efficaces', 'justice', 'paix'], es: ['paz, justicia e instituciones sólidas', 'justicia', 'paz'],
    pt: ['paz, justiça e instituições eficazes', 'justiça', 'paz'], ar: ['السلام والعدل والمؤسسات القوية', 'العدالة', 'السلام'],
  },
  {
    id: 'sdg-17', sdg: 17, terms: ['partnerships for the goals', 'partnerships'], related: ['cooperation', 'collaboration'],
    fr: ['partenariats pour la réalisation des objectifs', 'partenariats'], es: ['alianzas para lograr los objetivos', 'alianzas'],
    pt: ['parcerias e meios de implementação', 'parcerias'], ar: ['عقد الشراكات لتحقيق الأهداف', 'الشراكات'],
  },
];
