/** Editing one row of a list held in a form (opinions, candidates): the whole list is set each time. */
export function arrayField<T>(items: readonly T[], onChange: (items: T[]) => void) {
  return {
    update: (index: number, patch: Partial<T>) => onChange(items.map((item, at) => (at === index ? { ...item, ...patch } : item))),
    remove: (index: number) => onChange(items.filter((_item, at) => at !== index)),
    add: (item: T) => onChange([...items, item]),
  };
}
