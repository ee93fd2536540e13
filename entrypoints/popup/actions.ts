/** What the popup's buttons ask the background to do (utils/messaging.ts requests). */
export type PopupAction = 'signIn' | 'signOut' | 'refresh' | 'useDemoProfile';
