// @vitest-environment happy-dom
/**
 * Building a profile by hand with the keyboard: the job title through the
 * ROME autocomplete, a place through the commune autocomplete, then save.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualProfileForm } from '../../../entrypoints/options/ManualProfileForm';
import type { ManualMetier } from '../../../utils/profile/manual-schema';
import { click, key, mount, referenceData, type } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

function form(saved: ManualMetier[] = []) {
  const onSave = vi.fn<(metiers: ManualMetier[]) => void>();
  const view = mount(
    <ManualProfileForm data={referenceData()} saved={saved} saving={false} onSave={onSave} />,
  );
  return { ...view, onSave };
}

describe('manual profile form', () => {
  it('suggests at most ten titles, accent- and gender-tolerant, and picks one with the keyboard', () => {
    const { get, root, onSave } = form();
    const title = get<HTMLInputElement>('#metier0-title');
    type(title, 'aide soignante');
    const options = [...root.querySelectorAll('#metier0-title-list [role="option"]')];
    expect(options.length).toBeGreaterThan(0);
    expect(options.length).toBeLessThanOrEqual(10);
    expect(title.getAttribute('aria-expanded')).toBe('true');
    key(title, 'ArrowDown');
    expect(title.getAttribute('aria-activedescendant')).toBe('metier0-title-option-0');
    const first = options[0]?.textContent ?? '';
    key(title, 'Enter');
    expect(get('[data-testid="metier0-title-chosen"]').textContent).toContain(title.value);
    expect(first).toContain(title.value);

    const place = get<HTMLInputElement>('#metier0-places');
    type(place, '34000');
    key(place, 'ArrowDown');
    key(place, 'Enter');
    expect(root.querySelector('.place-item')?.textContent).toContain('Montpellier');

    click(get('[data-testid="save-profile"]'));
    expect(onSave).toHaveBeenCalledOnce();
    const [metiers] = onSave.mock.calls[0] ?? [];
    expect(metiers?.[0]?.appellation.label).toBe(title.value);
    expect(metiers?.[0]?.places[0]).toMatchObject({ kind: 'commune', code: '34172', radiusKm: 10 });
  });

  it('closes the suggestions on Escape, and says so when nothing matches', () => {
    const { get, root } = form();
    const title = get<HTMLInputElement>('#metier0-title');
    type(title, 'boulang');
    expect(title.getAttribute('aria-expanded')).toBe('true');
    key(title, 'Escape');
    expect(title.getAttribute('aria-expanded')).toBe('false');
    type(title, 'zzqxw');
    expect(root.textContent).toContain('Aucune suggestion');
  });

  it('refuses to save a métier without a title from the list', () => {
    const { get, onSave } = form();
    type(get<HTMLInputElement>('#metier0-title'), 'boulanger');
    click(get('[data-testid="save-profile"]'));
    expect(onSave).not.toHaveBeenCalled();
    expect(get('[data-testid="missing-title"]').getAttribute('role')).toBe('alert');
  });

  it('takes a second métier, never a third', () => {
    const { get, root } = form();
    click(get('[data-testid="add-metier"]'));
    expect(root.querySelectorAll('[data-testid^="metier-form-"]')).toHaveLength(2);
    expect(root.querySelector('[data-testid="add-metier"]')).toBeNull();
  });
});
