import { useQuery } from '@tanstack/react-query';
import { data, overstap } from './api/client';
import { schooljaarVan } from './teksten';

/** The platform's clock (the demo clock in demo mode), as overstap tells it; the current schooljaar follows from it. */
export function useKlok() {
  return useQuery({
    queryKey: ['klok'],
    queryFn: async () => {
      const klok = await data(overstap.GET('/api/overstap/demo/klok'));
      return { ...klok, schooljaar: schooljaarVan(klok.nu) };
    },
  });
}
