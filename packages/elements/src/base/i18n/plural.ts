/** A count in languages with one form for one and one for the rest: "1 pilot", "3 pilots". */
export const plural =
  (one: string, many: string) =>
  (count: number, formatted: string): string =>
    count === 1 ? one : `${formatted} ${many}`;
