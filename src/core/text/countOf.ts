/**
 * "1 line", "145,300 numbers": a count with its noun in the right number, digits grouped. `many`
 * defaults to `one` + "s"; give it for irregular plurals ("entry", "entries").
 */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
