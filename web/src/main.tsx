import '@mantine/core/styles.css';
import '@mantine/dropzone/styles.css';
import './shared/layout/app.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.js';
import { ApiError } from './shared/api/client.js';
import { handleTwoStepSetupRequired } from './shared/api/session.js';
import { i18nReady } from './shared/i18n/i18n.js';

const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  // Dark text on light filled colours (for example the yellow dev-mailbox banner).
  autoContrast: true,
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
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  ),
);
