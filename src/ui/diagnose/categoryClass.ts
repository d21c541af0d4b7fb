import type { StatusCategory } from '../../core';

/** CSS class for a status category's colour (the core says the category; colours live in CSS). */
export function categoryClass(category: StatusCategory): string {
  return `cat-${category}`;
}
