/** The shared UI components (used by the popup, the options page and the content script's hover card). */
export { ClaimCard, type ClaimCardProps } from './ClaimCard.tsx';
export { toClaimView, type ClaimView } from './claimView.ts';
export { EntityCard, type EntityCardProps, articleCountText } from './EntityCard.tsx';
export { t, type MessageKey } from './i18n.ts';
export { KindBadge, TypeBadge } from './primitives.tsx';
export { COMPONENT_CSS, THEME_CSS, UI_CSS } from './styles.ts';
export { Timeline, type TimelineProps } from './Timeline.tsx';
