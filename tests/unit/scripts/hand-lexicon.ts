/**
 * A hand-made lexicon for the eval baselines' tests: "agent" heads appellations of three fiches, "quai"
 * and "boulanger" one each, "pâtissier" two.
 */
export const HAND_LEXICON = [
  { label: 'Boulanger / Boulangère', fiche: 'D1102' },
  { label: 'Boulanger pâtissier / Boulangère pâtissière', fiche: 'D1102' },
  { label: 'Pâtissier / Pâtissière', fiche: 'D1104' },
  { label: 'Chef pâtissier / Cheffe pâtissière', fiche: 'D1104' },
  { label: 'Cariste', fiche: 'N1101' },
  { label: 'Agent / Agente de quai', fiche: 'N1105' },
  { label: "Agent / Agente d'entretien", fiche: 'K2204' },
  { label: 'Agent / Agente de nettoyage', fiche: 'K2204' },
  { label: 'Agent / Agente de sécurité', fiche: 'K2503' },
  { label: 'Agent / Agente de sûreté', fiche: 'K2503' },
];
