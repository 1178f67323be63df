/**
 * Domain vocabulary of digital public goods: sectors, the jobs DPGs do, their acronyms and the
 * names people use for them, each with its words in the interface languages. Kept as data so a
 * word can be added without touching the search code; test/sdk/search-vocabulary.test.ts
 * checks every entry.
 */
import type { Concept } from './vocabulary-types.js';

export const TOPIC_CONCEPTS: readonly Concept[] = [
  // Reading: records speak of literacy and storybooks, visitors of reading (SDG target 4.6).
  {
    id: 'reading', terms: ['reading', 'literacy', 'storybooks', 'early grade reading'], related: ['books', 'picture books', 'children\'s books', 'read'],
    fr: ['lecture', 'alphabétisation', 'livres', 'livres pour enfants'], es: ['lectura', 'alfabetización', 'libros', 'leer'],
    pt: ['leitura', 'alfabetização', 'livros', 'ler'], ar: ['القراءة', 'قراءة', 'محو الأمية', 'الكتب'],
  },
  {
    id: 'medical-record', terms: ['medical record', 'electronic medical record', 'emr', 'ehr', 'electronic health record', 'patient record', 'health record', 'epr'],
    related: ['medical record system', 'clinical records', 'patient management', 'hospital information', 'patient data'],
    fr: ['dossier médical', 'dossier patient', 'dossier médical électronique', 'dossier patient informatisé', 'dme'],
    es: ['historia clínica', 'historia clínica electrónica', 'expediente médico', 'expediente clínico', 'hce'],
    pt: ['prontuário', 'prontuário eletrônico', 'registro médico', 'pep'], ar: ['السجل الطبي', 'السجلات الطبية', 'السجل الصحي'],
  },
  {
    id: 'health-information-system', terms: ['hmis', 'health management information system', 'health information system'], related: ['health information', 'hospital information', 'health records'],
    fr: ['système d\'information sanitaire'], es: ['sistema de información de salud'], pt: ['sistema de informação em saúde'], ar: ['نظام المعلومات الصحية'],
  },
  {
    id: 'hospital-information-system', terms: ['hospital information system', 'hospital management', 'hospital management system'], related: ['hospitals', 'clinics', 'patient management'],
    fr: ['système d\'information hospitalier', 'gestion hospitalière'], es: ['sistema de información hospitalaria', 'gestión hospitalaria'],
    pt: ['sistema de informação hospitalar', 'gestão hospitalar'], ar: ['نظام إدارة المستشفيات'],
  },
  {
    id: 'payments', terms: ['payments', 'mobile money', 'digital payments', 'instant payments', 'money transfer'], related: ['wallet', 'digital financial services', 'financial services', 'remittances', 'disburse', 'cash transfer'],
    fr: ['paiements', 'paiements mobiles', 'argent mobile', 'transfert d\'argent'], es: ['pagos', 'pagos digitales', 'dinero móvil', 'billetera móvil'],
    pt: ['pagamentos', 'pagamentos digitais', 'dinheiro móvel', 'carteira digital'], ar: ['المدفوعات', 'الدفع', 'الأموال عبر الهاتف المحمول'],
  },
  {
    // SDG target 8.10: access to banking, insurance and financial services for all.
    id: 'financial-inclusion', terms: ['financial inclusion', 'unbanked', 'underbanked', 'microfinance'], related: ['financial services', 'banking', 'savings', 'credit', 'payments', 'mobile money'],
    fr: ['inclusion financière', 'microfinance', 'services financiers'], es: ['inclusión financiera', 'microfinanzas', 'servicios financieros'],
    pt: ['inclusão financeira', 'microfinanças', 'serviços financeiros'], ar: ['الشمول المالي'],
  },
  {
    id: 'cash-transfer', terms: ['cash transfer', 'g2p', 'government to person', 'cash assistance'], related: ['social benefits', 'voucher', 'beneficiaries', 'disburse'],
    fr: ['transferts monétaires', 'transfert monétaire'], es: ['transferencias monetarias', 'transferencia monetaria'],
    pt: ['transferência de renda', 'transferências monetárias'], ar: ['التحويلات النقدية'],
  },
  {
    // SDG target 1.3: social protection systems for all.
    id: 'social-protection', terms: ['social protection', 'social assistance', 'social security'], related: ['social benefits', 'cash transfer', 'social registry'],
    fr: ['protection sociale'], es: ['protección social'], pt: ['proteção social'], ar: ['الحماية الاجتماعية'],
  },
  {
    id: 'identity', terms: ['digital identity', 'identity', 'identification', 'digital id'], related: ['verifiable credentials', 'authentication', 'identity management', 'access management', 'legal identity'],
    fr: ['identité numérique', 'identité', 'identification'], es: ['identidad digital', 'identidad', 'identificación'],
    pt: ['identidade digital', 'identidade', 'identificação'], ar: ['الهوية الرقمية', 'الهوية'],
  },
  {
    // SDG target 16.9: legal identity for all, including birth registration.
    id: 'civil-registration', terms: ['civil registration', 'vital statistics', 'crvs', 'birth registration', 'death registration'],
    fr: ['état civil', 'enregistrement des naissances', 'acte de naissance'], es: ['registro civil', 'registro de nacimientos'],
    pt: ['registro civil', 'registo civil', 'registro de nascimento'], ar: ['التسجيل المدني', 'تسجيل المواليد'],
  },
  {
    id: 'child-protection', terms: ['child protection', 'child helpline', 'child welfare'], related: ['children', 'helpline', 'caregivers'],
    fr: ['protection de l\'enfance', 'protection de l\'enfant'], es: ['protección infantil', 'protección de la infancia'],
    pt: ['proteção infantil', 'proteção da criança'], ar: ['حماية الطفل'],
  },
  {
    id: 'gender-based-violence', terms: ['gender-based violence', 'gbv', 'violence against women'], related: ['gendered abuse', 'gender'],
    fr: ['violence basée sur le genre', 'violences faites aux femmes', 'vbg'], es: ['violencia de género', 'violencia contra las mujeres'],
    pt: ['violência de gênero', 'violência contra a mulher'], ar: ['العنف القائم على النوع الاجتماعي', 'العنف ضد المرأة'],
  },
  {
    id: 'vaccination', terms: ['vaccination', 'immunization', 'immunisation', 'vaccines'], related: ['vaccinees', 'vaccinated'],
    fr: ['vaccination', 'vaccins'], es: ['vacunación', 'vacunas', 'inmunización'], pt: ['vacinação', 'vacinas', 'imunização'], ar: ['التطعيم', 'اللقاحات'],
  },
  {
    id: 'disease-surveillance', terms: ['disease surveillance', 'outbreak', 'epidemic', 'epidemiology', 'contact tracing'], related: ['case surveillance', 'infectious diseases', 'outbreak response'],
    fr: ['surveillance des maladies', 'épidémie'], es: ['vigilancia epidemiológica', 'brote', 'epidemia'], pt: ['vigilância epidemiológica', 'surto', 'epidemia'],
    ar: ['ترصد الأمراض', 'الأوبئة'],
  },
  {
    id: 'community-health-workers', terms: ['community health workers', 'chw', 'frontline health workers', 'frontline workers'], related: ['community health'],
    fr: ['agents de santé communautaires'], es: ['agentes comunitarios de salud', 'promotores de salud'], pt: ['agentes comunitários de saúde'],
    ar: ['العاملين الصحيين المجتمعيين'],
  },
  {
    id: 'health-workforce', terms: ['health workforce', 'human resources for health', 'health workers'], related: ['workforce'],
    fr: ['personnel de santé', 'ressources humaines en santé'], es: ['personal de salud', 'recursos humanos en salud'], pt: ['força de trabalho em saúde'],
  },
  {
    id: 'health-facility', terms: ['health facility', 'health facilities', 'facility registry', 'master facility list'], related: ['clinics', 'hospitals'],
    fr: ['établissements de santé', 'formations sanitaires'], es: ['establecimientos de salud'], pt: ['estabelecimentos de saúde', 'unidades de saúde'],
  },
  {
    id: 'patient-tracking', terms: ['patient tracking', 'track patients', 'patient management'], related: ['patient records', 'care'],
    fr: ['suivi des patients'], es: ['seguimiento de pacientes'], pt: ['acompanhamento de pacientes'],
  },
  { id: 'laboratory', terms: ['laboratory', 'lab', 'laboratory information system', 'lis'], fr: ['laboratoire'], es: ['laboratorio'], pt: ['laboratório'], ar: ['المختبر'] },
  {
    id: 'telemedicine', terms: ['telemedicine', 'telehealth', 'teleconsultation', 'telerehabilitation'], related: ['remote consultation', 'video calls'],
    fr: ['télémédecine', 'téléconsultation'], es: ['telemedicina', 'teleconsulta'], pt: ['telemedicina', 'teleconsulta'], ar: ['التطبيب عن بعد'],
  },
  { id: 'mental-health', terms: ['mental health'], fr: ['santé mentale'], es: ['salud mental'], pt: ['saúde mental'], ar: ['الصحة النفسية'] },
  {
    id: 'medicines-regulation', terms: ['medicines regulation', 'pharmacovigilance', 'regulatory information'], related: ['medicines', 'pharmacies', 'safety of medicines'],
    fr: ['réglementation pharmaceutique', 'médicaments'], es: ['regulación de medicamentos', 'medicamentos'], pt: ['regulação de medicamentos', 'medicamentos'],
  },
  {
    id: 'supply-chain', terms: ['supply chain', 'logistics'], related: ['stock', 'inventory', 'procurement', 'shipments'],
    fr: ['chaîne d\'approvisionnement', 'logistique'], es: ['cadena de suministro', 'logística'], pt: ['cadeia de suprimentos', 'logística'], ar: ['سلسلة الإمداد'],
  },
  {
    id: 'agriculture', terms: ['agriculture', 'agricultural', 'farming', 'farmers', 'agri-food'], related: ['farm', 'crops', 'livestock', 'agribusinesses'],
    fr: ['agriculture', 'agricole', 'agriculteurs'], es: ['agricultura', 'agrícola', 'agricultores'], pt: ['agricultura', 'agrícola', 'agricultores'],
    ar: ['الزراعة', 'زراعة', 'الزراعية', 'المزارعين'],
  },
  {
    id: 'open-data', terms: ['open data', 'open data portal', 'data portal', 'data catalog'], related: ['datasets', 'data portals', 'data catalogs', 'open data platform'],
    fr: ['données ouvertes', 'portail de données'], es: ['datos abiertos', 'portal de datos'], pt: ['dados abertos', 'portal de dados'], ar: ['البيانات المفتوحة'],
  },
  {
    id: 'data-collection', terms: ['data collection', 'collect data', 'survey', 'surveys', 'forms', 'questionnaire', 'mobile data collection', 'mobile survey', 'mobile surveys'], related: ['form builder', 'data capture', 'field data'],
    fr: ['collecte de données', 'enquête', 'formulaires'], es: ['recolección de datos', 'encuestas', 'formularios'], pt: ['coleta de dados', 'pesquisa', 'formulários'],
    ar: ['جمع البيانات'],
  },
  {
    id: 'maps', terms: ['maps', 'mapping', 'gis', 'geographic information system', 'geospatial'], related: ['map', 'spatial', 'street maps'],
    fr: ['cartes', 'cartographie', 'sig'], es: ['mapas', 'cartografía', 'sig'], pt: ['mapas', 'cartografia', 'sig'], ar: ['الخرائط', 'خريطة'],
  },
  {
    id: 'weather', terms: ['weather', 'weather forecast', 'forecast'], related: ['meteorological', 'climate services'],
    fr: ['météo', 'prévisions météorologiques'], es: ['tiempo', 'pronóstico del tiempo'], pt: ['previsão do tempo'], ar: ['الطقس'],
  },
  {
    id: 'disaster-risk', terms: ['disaster risk', 'early warning', 'drought', 'flood'], related: ['hazards', 'disaster response', 'resilience'],
    fr: ['risque de catastrophe', 'alerte précoce', 'sécheresse', 'inondation'], es: ['riesgo de desastres', 'alerta temprana', 'sequía', 'inundación'],
    pt: ['risco de desastres', 'alerta precoce', 'seca', 'inundação'], ar: ['الإنذار المبكر', 'الجفاف', 'الفيضانات'],
  },
  {
    id: 'land', terms: ['land', 'land use', 'land governance', 'land records'], related: ['land cover', 'rural properties', 'cadastre'],
    fr: ['foncier', 'terres'], es: ['tierras', 'catastro'], pt: ['terras', 'cadastro fundiário'], ar: ['الأراضي'],
  },
  {
    id: 'citizen-participation', terms: ['citizen participation', 'e-participation', 'participatory democracy', 'civic engagement'], related: ['democracy', 'deliberation'],
    fr: ['participation citoyenne', 'démocratie participative'], es: ['participación ciudadana'], pt: ['participação cidadã'], ar: ['المشاركة المدنية'],
  },
  { id: 'human-rights', terms: ['human rights'], related: ['rights defenders'], fr: ['droits de l\'homme', 'droits humains'], es: ['derechos humanos'], pt: ['direitos humanos'], ar: ['حقوق الإنسان'] },
  { id: 'whistleblowing', terms: ['whistleblowing', 'whistleblower'], fr: ['lanceur d\'alerte'], es: ['denuncia de irregularidades'], pt: ['denúncia'] },
  {
    id: 'procurement', terms: ['procurement', 'public procurement', 'open contracting', 'tenders'], fr: ['marchés publics'], es: ['contratación pública', 'compras públicas'],
    pt: ['compras públicas', 'licitações'], ar: ['المشتريات العامة'],
  },
  {
    id: 'humanitarian', terms: ['humanitarian', 'humanitarian aid', 'relief'], related: ['aid distribution', 'disaster response', 'people in need'],
    fr: ['aide humanitaire', 'humanitaire'], es: ['ayuda humanitaria', 'humanitaria'], pt: ['ajuda humanitária', 'humanitária'], ar: ['المساعدات الإنسانية'],
  },
  { id: 'aid-transparency', terms: ['aid transparency', 'aid effectiveness', 'iati'], related: ['development finance', 'aid finances'], fr: ['transparence de l\'aide'], es: ['transparencia de la ayuda'], pt: ['transparência da ajuda'] },
  {
    id: 'messaging', terms: ['chatbot', 'whatsapp', 'sms', 'messaging'], related: ['conversational', 'interactive messaging'],
    fr: ['messagerie'], es: ['mensajería'], pt: ['mensagens'], ar: ['الرسائل'],
  },
  {
    id: 'speech-recognition', terms: ['speech recognition', 'asr', 'speech to text', 'voice recognition'], related: ['phoneme recognizer', 'voice dataset'],
    fr: ['reconnaissance vocale'], es: ['reconocimiento de voz'], pt: ['reconhecimento de voz'],
  },
  { id: 'text-to-speech', terms: ['text to speech', 'tts', 'speech synthesis'], fr: ['synthèse vocale'], es: ['síntesis de voz'], pt: ['síntese de voz'] },
  { id: 'operating-system', terms: ['operating system', 'linux'], fr: ['système d\'exploitation'], es: ['sistema operativo'], pt: ['sistema operacional'] },
  {
    id: 'content-management', terms: ['cms', 'content management system'], related: ['website builder'],
    fr: ['système de gestion de contenu'], es: ['gestor de contenidos'], pt: ['sistema de gestão de conteúdo'],
  },
  {
    id: 'video-conferencing', terms: ['video conferencing', 'video conference', 'videoconferencing', 'video calls'],
    fr: ['visioconférence'], es: ['videoconferencia'], pt: ['videoconferência'],
  },
  {
    id: 'accessibility', terms: ['accessibility', 'disability', 'disabilities', 'persons with disabilities'], related: ['limited mobility', 'impairments', 'assistive'],
    fr: ['accessibilité', 'handicap'], es: ['accesibilidad', 'discapacidad'], pt: ['acessibilidade', 'deficiência'], ar: ['إمكانية الوصول', 'الإعاقة'],
  },
  {
    id: 'aac', terms: ['augmentative and alternative communication', 'aac'], related: ['speech and language impairments'],
    fr: ['communication alternative et améliorée'], es: ['comunicación aumentativa y alternativa'], pt: ['comunicação aumentativa e alternativa'],
  },
  {
    id: 'learning-management', terms: ['learning management system', 'lms', 'elearning'], related: ['online courses', 'learning platform', 'teaching and learning', 'courses'],
    fr: ['plateforme d\'apprentissage en ligne'], es: ['plataforma de aprendizaje'], pt: ['plataforma de aprendizagem'],
  },
  { id: 'teachers', terms: ['teachers', 'teacher', 'educators'], related: ['teaching', 'lessons'], fr: ['enseignants'], es: ['docentes', 'maestros'], pt: ['professores'], ar: ['المعلمين'] },
  {
    id: 'privacy', terms: ['privacy', 'data protection', 'personal data'], related: ['consent', 'protecting privacy'],
    fr: ['vie privée', 'protection des données'], es: ['privacidad', 'protección de datos'], pt: ['privacidade', 'proteção de dados'], ar: ['الخصوصية'],
  },
  {
    id: 'misinformation', terms: ['misinformation', 'disinformation', 'fact-checking', 'fake news'], related: ['hate speech', 'fact-checked'],
    fr: ['désinformation'], es: ['desinformación'], pt: ['desinformação'], ar: ['المعلومات المضللة'],
  },
  { id: 'fraud', terms: ['fraud', 'anti-fraud', 'money laundering'], fr: ['fraude', 'blanchiment'], es: ['fraude', 'lavado de dinero'], pt: ['fraude', 'lavagem de dinheiro'] },
  { id: 'case-management', terms: ['case management'], related: ['case workers', 'cases'], fr: ['gestion des cas'], es: ['gestión de casos'], pt: ['gestão de casos'] },
  { id: 'blockchain', terms: ['blockchain', 'distributed ledger'], related: ['tokens', 'token-based'], fr: ['chaîne de blocs'], es: ['cadena de bloques'], pt: ['cadeia de blocos'] },
  { id: 'fhir', terms: ['fhir', 'hl7'], related: ['interoperability'] },
  // Names and organisations that records spell another way.
  { id: 'odk', terms: ['odk', 'open data kit'] },
  { id: 'fao', terms: ['fao', 'food and agriculture organization'] },
  { id: 'unicef', terms: ['unicef', 'united nations children\'s fund'] },
  { id: 'wikimedia', terms: ['wikimedia'], related: ['wikipedia', 'wikidata'] },
];
