// The longest draft link the app writes (the fragment's value): the project's three-sector drafts take
// far less; beyond it, the file export is proposed. Read by the codec (services) and said by the UI.
export const MAX_SHARE_LENGTH = 8_000;
