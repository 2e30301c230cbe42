import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PrintReport } from './report/PrintReport';
import { isPrintMode } from './report/print-mode';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {isPrintMode() ? <PrintReport /> : <App />}
  </StrictMode>,
);
