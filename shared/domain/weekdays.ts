/** ISO weekdays: 1 = maandag ... 5 = vrijdag. Weekends are not placement days. */
export const WEEKDAYS = [1, 2, 3, 4, 5] as const;
