/** Why a count is hidden (internal: a published table only shows *that* it is, never why). */
export const ZICHTBAAR = 0;
/** Below the threshold itself. */
export const PRIMAIR = 1;
/** Hidden so that a primary cell cannot be recomputed (complementary suppression). */
export const SECUNDAIR = 2;
/** Hidden because a linked table hides the same number (e.g. the cohort total two tables share). */
export const GEKOPPELD = 3;
