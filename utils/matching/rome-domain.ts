/**
 * A ROME code's domaine professionnel: its letter and first two digits
 * ("M18" of "M1805"). The title evidence's rivals and domaine words, and the
 * eval's same-domain line, all group fiches by it. Here, not in utils/rome/:
 * content scripts import the title evidence, and no module of utils/rome/.
 */
export const romeDomainOf = (code: string): string => code.slice(0, 3);
