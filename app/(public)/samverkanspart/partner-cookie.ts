export const PARTNER_COOKIE = "bis_samverkanspart";
