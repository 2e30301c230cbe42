/** How recommendations write figures: whole req/s, percentages, UTC clock times and offsets from the sale. */
export const rps = (x: number) => `${Math.round(x).toLocaleString('en-US')} req/s`;
export const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
/** One decimal, for a figure compared with a ceiling it may pass by less than a point. */
export const pct1 = (x: number) => `${(100 * x).toFixed(1)} %`;
export const clock = (t: number) => `${new Date(t).toISOString().slice(11, 16)} UTC`;
export const beforeSale = (t: number, saleStart: number) => {
  const minutes = Math.round((saleStart - t) / 60_000);
  return minutes >= 0 ? `T−${minutes} min` : `T+${-minutes} min`;
};
export const money = (x: number) => x.toFixed(2);
