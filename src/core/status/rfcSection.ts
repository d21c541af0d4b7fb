import type { SpecReference } from '../types';

/**
 * Builds the reference to a section of an RFC on rfc-editor.org, so the data files name sections
 * once and the label and link can never disagree.
 */
export function rfcSection(rfc: number, section: string): SpecReference {
  return {
    label: `RFC ${rfc} §${section}`,
    url: `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`,
  };
}
