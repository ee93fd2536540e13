import type { ContractCode } from '../contract';
import type { ParsedOffer } from '../offer';
import type { CriterionResult } from '../result';

const CONTRACT_LABELS: Record<ContractCode, string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  MIS: 'intérim',
  SAI: 'saisonnier',
  ALT: 'alternance',
  STG: 'stage',
  LIB: 'indépendant',
  FRA: 'franchise',
  REP: "reprise d'entreprise",
  CCE: 'profession commerciale',
  TTI: "travail temporaire d'insertion",
  DDI: "CDD d'insertion",
  DIN: 'CDI intérimaire',
};

/** French words for a list of contract codes: "CDI, CDD". */
export function contractLabels(codes: readonly ContractCode[]): string {
  return codes.map((c) => CONTRACT_LABELS[c] ?? c).join(', ');
}

export function scoreContract(offer: ParsedOffer, accepted: readonly ContractCode[]): CriterionResult {
  const codes = offer.contract.codes;
  if (codes.length === 0) return { status: 'unknown', reason: 'contrat non indiqué' };
  const label = contractLabels(codes);
  if (accepted.length === 0) return { status: 'unknown', reason: `${label}, pas de préférence` };
  if (codes.some((c) => accepted.includes(c))) return { status: 'ok', reason: label };
  return { status: 'ko', reason: `${label}, vous cherchez : ${contractLabels(accepted)}` };
}
