/**
 * The statistics of the anonymised brister: one year's figures and several years side by side. Pure functions
 * over plain data; suppression of small cells for what the arbetsgrupp sees is in `./suppression` and `./publish`.
 */
export { computeYearStatistics, TOP_PLACES } from "./year-statistics";
export { compareYears, groupByYear, type CasesByYear, type CompareOptions } from "./compare";
export { countBreakdown, topRanked, shareOf } from "./breakdown";
export { directionsOf, reporterHuvudmanOf, partnerHuvudmanOf } from "./direction";
export { median, summariseDurations } from "./median";
export { statisticsMonthOf } from "./months";
