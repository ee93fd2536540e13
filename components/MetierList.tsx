import type { Metier } from '../utils/profile/model';
import { MetierCard } from './MetierCard';

/** The métiers recherchés as a list of cards. */
export function MetierList({ metiers }: { metiers: readonly Metier[] }) {
  return (
    <ul class="metier-list">
      {metiers.map((metier, index) => (
        // Métiers have no id of their own; their order only changes with a new profile.
        <li key={index}>
          <MetierCard metier={metier} />
        </li>
      ))}
    </ul>
  );
}
