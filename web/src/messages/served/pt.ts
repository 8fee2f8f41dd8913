// O que só o Worker escreve, em português: o cabeçalho de uma página e a de um código sem país.

import type { ServedCatalogue } from './en';

const pt: ServedCatalogue = {
  pageDescription: '{summary} Os acordos de assistência mútua em matéria aduaneira dos Estados Unidos, com as datas, os signatários e as fontes de cada um, em um mapa, uma linha do tempo e uma API aberta.',
  imageAltWorld: 'Mapa-múndi dos países que têm um acordo de assistência mútua em matéria aduaneira com os Estados Unidos e dos cobertos pelo da UE',
  imageAltCountry: 'Mapa com {country} em destaque, ao lado da resposta',
  notFoundTitle: 'País não encontrado',
  notFoundCode: 'O atlas não tem nenhum país com o código “{code}”. Procure um país pelo nome ou código no campo de busca, ou no mapa.',
  notFoundAddress: 'O atlas não tem nenhum país neste endereço. Procure um país pelo nome ou código no campo de busca, ou no mapa.',
  datasetName: 'Acordos de assistência mútua em matéria aduaneira dos Estados Unidos',
  datasetDescription: 'Cada acordo de assistência mútua em matéria aduaneira (CMAA) que os Estados Unidos assinaram com uma administração aduaneira estrangeira ou com a União Europeia: parceiro, datas de assinatura e de entrada em vigor, local, signatários, situação, sucessão e as fontes de cada registro, com os Estados-membros da UE cobertos pelo acordo da UE e os acordos de reconhecimento mútuo OEA.',
  datasetKeywords: 'acordo de assistência mútua em matéria aduaneira, CMAA, Alfândega e Proteção de Fronteiras dos EUA, cooperação aduaneira, tratados',
  datasetCsv: 'Acordos (CSV)',
  datasetJson: 'Acordos (JSON)',
};

export default pt;
