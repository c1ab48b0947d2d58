// Mantine's base styles; each component's own stylesheet comes with it (vite.config.ts).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.js';
import { ThemeProvider } from './app/ThemeProvider.js';
import { ApiError } from './shared/api/client.js';
import { handleTwoStepSetupRequired } from './shared/api/session.js';
import { i18nReady } from './shared/i18n/i18n.js';
// Last: the app's own rules come after the Mantine styles of the components above.
import './shared/layout/app.css';

// After a release the old page's chunks are gone (the server answers 404 for a missing asset):
// a failed lazy load reloads the page once to fetch the new build, instead of leaving a blank page.
window.addEventListener('vite:preloadError', (event) => {
  const key = 'propass.reloadedForChunk';
  if (sessionStorage.getItem(key) === location.pathname) return;
  sessionStorage.setItem(key, location.pathname);
  event.preventDefault();
  location.reload();
});

const queryClient: QueryClient = new QueryClient({
  // A staff call refused until two-step verification is set up leads to its set-up page.
  queryCache: new QueryCache({ onError: (error) => handleTwoStepSetupRequired(queryClient, error) }),
  mutationCache: new MutationCache({ onError: (error) => handleTwoStepSetupRequired(queryClient, error) }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// The first page renders once its language's words are in (no flash of English).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ThemeProvider>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </ThemeProvider>
    </StrictMode>,
  ),
);
