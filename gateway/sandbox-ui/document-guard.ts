/**
 * What the sandbox last put into the editors (a guide example, or the opening hint), so that it
 * asks before replacing an operation or variables the developer has since edited.
 */
export interface PlacedDocument {
  query: string;
  variables: string;
}

export const isEdited = (placed: PlacedDocument, current: PlacedDocument) => current.query !== placed.query || current.variables !== placed.variables;

/** Asks (a browser confirm, which a test answers) whether an edited document may be replaced; an unedited one always may. */
export function mayReplace(placed: PlacedDocument, current: PlacedDocument, replacement: string): boolean {
  if (!isEdited(placed, current)) return true;
  return window.confirm(`Replace your edited operation with ${replacement}?\n\nCancel keeps your operation and variables.`);
}
