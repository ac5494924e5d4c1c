/** The popup's notice at its top when Simkl cannot take changes (scenarios/popup-trouble.ts). */
import { beforeAll, it } from 'vitest';
import { describeInBrowsers, type Session } from './harness/suite';
import { signInFromThePopup } from './scenarios/popup';
import { sayWhySimklCannotSave } from './scenarios/popup-trouble';

describeInBrowsers("the popup's trouble notice", { scenario: 'popup-trouble' }, (suite) => {
  let session: Session;

  beforeAll(async () => {
    session = await suite.start();
    await signInFromThePopup(session.world, session.pages);
  });

  it('says at its top that Simkl is having trouble, what waits and when it retries; nothing once Simkl answers', () =>
    sayWhySimklCannotSave(session.world, session.pages));
});
