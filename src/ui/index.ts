/** The shared UI components (used by the popup, the options page and the content script's hover card). */
export { ClaimCard, type ClaimCardProps } from './ClaimCard.tsx';
export { type ClaimView, toClaimView } from './claimView.ts';
export { articleCountText, EntityCard, type EntityCardProps } from './EntityCard.tsx';
export { type MessageKey, t } from './i18n.ts';
export { KindBadge, TypeBadge } from './primitives.tsx';
export { COMPONENT_CSS, THEME_CSS, UI_CSS } from './styles.ts';
export { Timeline, type TimelineProps } from './Timeline.tsx';
