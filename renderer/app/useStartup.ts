import { useEffect } from 'react';
import { loadDemo } from '../commands';
import { host } from '../host';
import { useRecovery } from './recovery';

/** First launch opens the demo study, never a blank page; unsaved work from an unclean exit is offered back. */
export function useStartup(): void {
  useEffect(() => {
    void (async () => {
      const recovered = await host.readRecovery();
      if (recovered.ok && recovered.value) useRecovery.setState({ bytes: recovered.value });
      await loadDemo();
    })();
  }, []);
}
