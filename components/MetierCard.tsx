import { describeMetier } from '../utils/profile/describe';
import type { Metier } from '../utils/profile/model';
import { useTranslate } from './translate-context';

/** One métier recherché, every field in plain words. */
export function MetierCard({ metier }: { metier: Metier }) {
  const t = useTranslate();
  const { title, parts } = describeMetier(metier, t);
  return (
    <article class="metier-card" data-testid="metier-card">
      <h3 class="metier-title">{title}</h3>
      {parts.length > 0 && (
        <dl class="metier-parts">
          {parts.map((part) => (
            <div class="metier-part" key={part.kind} data-part={part.kind}>
              <dt>{part.label}</dt>
              <dd>{part.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
