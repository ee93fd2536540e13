/**
 * "2 100", "35 000": an amount rounded to a whole number, its digits grouped
 * by threes with a plain space, as French writes it. Written by hand, not with
 * Intl.NumberFormat('fr-FR'): making that format loads the locale's data, about
 * 9 ms of a job-board page's main thread at the content script's start, for
 * one grouping rule.
 */
export function frenchInteger(amount: number): string {
  const rounded = Math.round(amount);
  // Not an amount (the salary parser gives none such): written plainly rather than thrown on.
  if (!Number.isFinite(rounded)) return String(rounded);
  // The shortest digits that give the number back, then zeros (as Intl writes 1e21, not "1e+21").
  const [mantissa = '0', exponent = '0'] = Math.abs(rounded).toExponential().split('e');
  const digits = mantissa.replace('.', '').padEnd(Number(exponent) + 1, '0');
  const head = ((digits.length - 1) % 3) + 1;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += ` ${digits.slice(i, i + 3)}`;
  return rounded < 0 ? `-${grouped}` : grouped;
}
