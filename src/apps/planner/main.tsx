import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../../ui/shared/fonts.css';
import '../../ui/planner/planner.css';
import { PlannerApp } from '../../ui/planner/planner-app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <PlannerApp />
  </StrictMode>,
);
