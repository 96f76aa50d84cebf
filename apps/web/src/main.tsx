import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiFout } from './api/client';
import { App } from './app';
import { AuthProvider } from './auth';
import { laadConfig } from './config';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer stays what it is; only network trouble and 5xx are tried again.
      retry: (failureCount, error) => !(error instanceof ApiFout && error.status < 500) && failureCount < 2,
      staleTime: 5_000,
    },
  },
});

const root = createRoot(document.getElementById('root') as HTMLElement);

laadConfig()
  .then((config) =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <AuthProvider config={config}>
            <BrowserRouter>
              <App demo={config.demo} />
            </BrowserRouter>
          </AuthProvider>
        </QueryClientProvider>
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    root.render(
      <main className="utrecht-page-content">
        <h1 className="utrecht-heading-1">Het portaal kan niet starten</h1>
        <p className="utrecht-paragraph">{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    );
  });
