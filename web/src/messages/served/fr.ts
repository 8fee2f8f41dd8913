// Ce que seul le Worker écrit, en français : l’en-tête d’une page et la page d’un code sans pays.

import type { ServedCatalogue } from './en';

const fr: ServedCatalogue = {
  pageDescription: '{summary} Les accords d’assistance administrative mutuelle en matière douanière des États-Unis, avec les dates, les signataires et les sources de chacun, sur une carte, une frise chronologique et une API ouverte.',
  imageAltWorld: 'Carte du monde des pays liés aux États-Unis par un accord d’assistance administrative mutuelle en matière douanière, et de ceux couverts par celui de l’UE',
  imageAltCountry: 'Carte mettant en évidence {country}, à côté de la réponse',
  notFoundTitle: 'Pays introuvable',
  notFoundCode: 'L’atlas ne compte aucun pays de code « {code} ». Cherchez un pays par son nom ou son code dans le champ de recherche, ou sur la carte.',
  notFoundAddress: 'L’atlas ne compte aucun pays à cette adresse. Cherchez un pays par son nom ou son code dans le champ de recherche, ou sur la carte.',
  datasetName: 'Accords d’assistance administrative mutuelle en matière douanière des États-Unis',
  datasetDescription: 'Chaque accord d’assistance administrative mutuelle en matière douanière (CMAA) signé par les États-Unis avec une administration douanière étrangère ou avec l’Union européenne : partenaire, dates de signature et d’entrée en vigueur, lieu, signataires, statut, filiation et sources de chaque fiche, avec les États membres de l’UE couverts par l’accord de l’UE et les arrangements de reconnaissance mutuelle OEA.',
  datasetKeywords: 'accord d’assistance administrative mutuelle en matière douanière, CMAA, Service des douanes et de la protection des frontières des États-Unis, coopération douanière, traités',
  datasetCsv: 'Accords (CSV)',
  datasetJson: 'Accords (JSON)',
};

export default fr;
