// Lo que solo escribe el Worker, en español: la cabecera de una página y la de un código sin país.

import type { ServedCatalogue } from './en';

const es: ServedCatalogue = {
  pageDescription: '{summary} Los acuerdos de asistencia mutua aduanera de los Estados Unidos, con las fechas, los firmantes y las fuentes de cada uno, en un mapa, una cronología y una API abierta.',
  imageAltWorld: 'Mapa del mundo con los países que tienen un acuerdo de asistencia mutua aduanera con los Estados Unidos y los cubiertos por el de la UE',
  imageAltCountry: 'Mapa en el que se resalta {country}, junto a la respuesta',
  notFoundTitle: 'País no encontrado',
  notFoundCode: 'El atlas no tiene ningún país con el código «{code}». Busque un país por su nombre o código en el buscador, o en el mapa.',
  notFoundAddress: 'El atlas no tiene ningún país en esta dirección. Busque un país por su nombre o código en el buscador, o en el mapa.',
  datasetName: 'Acuerdos de asistencia mutua aduanera de los Estados Unidos',
  datasetDescription: 'Cada acuerdo de asistencia mutua aduanera (CMAA) que los Estados Unidos han firmado con una administración aduanera extranjera o con la Unión Europea: socio, fechas de firma y de entrada en vigor, lugar, firmantes, estado, sucesión y las fuentes de cada registro, con los Estados miembros de la UE cubiertos por el acuerdo de la UE y los acuerdos de reconocimiento mutuo OEA.',
  datasetKeywords: 'acuerdo de asistencia mutua aduanera, CMAA, Oficina de Aduanas y Protección Fronteriza de EE. UU., cooperación aduanera, tratados',
  datasetCsv: 'Acuerdos (CSV)',
  datasetJson: 'Acuerdos (JSON)',
};

export default es;
