import { cached } from '../cache';
import type { ParsedOffer } from '../offer';
import type { CriterionResult } from '../result';
import { frenchInteger } from './french-integer';

/** Amounts already written: formatting was the costliest step of scoring an offer with a salary. */
const written = new Map<number, string>();

/** "2 100 €": French grouping, with a plain space so reasons read the same everywhere. */
const format = (amount: number) => `${frenchInteger(amount)} €`;
const euros = (amount: number) => cached(written, 1024, amount, amount, format);

/** How a reason names the currencies the salary parser knows besides the euro (others by their code). */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  USD: 'dollars',
  GBP: 'livres sterling',
  CHF: 'francs suisses',
};

/**
 * A range compares on its top: the offer can pay that much. A salary in another currency is not
 * compared (no exchange rate here): "$109,500 a year" is no 9,125 € a month. A salary that names no
 * currency is taken for euros, as French boards write them.
 */
export function scoreSalary(offer: ParsedOffer, minMonthly: number | undefined): CriterionResult {
  const top = offer.salary.maxMonthly ?? offer.salary.minMonthly;
  if (top === undefined) return { status: 'unknown', reason: 'salaire non indiqué' };
  const currency = offer.salary.currency;
  if (currency !== undefined && currency !== 'EUR')
    return { status: 'unknown', reason: `salaire en ${CURRENCY_NAMES[currency] ?? currency}, non comparé` };
  const shown = `${euros(top)}/mois`;
  if (minMonthly === undefined) return { status: 'unknown', reason: `${shown}, pas de minimum` };
  if (top >= minMonthly) return { status: 'ok', reason: shown };
  return { status: 'ko', reason: `${shown}, vous demandez ${euros(minMonthly)}` };
}
