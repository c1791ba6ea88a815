/** Years a run may reach: the model starts in 2023 and projects no further than 2100. */
export const firstYear = 2023;
export const lastYear = 2100;
