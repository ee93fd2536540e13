export default defineBackground(() => {
  // Wired in the next commits: sign-in, sync, message handlers.
});
