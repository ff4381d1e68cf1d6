import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import clipperWasmUrl from 'clipper2-wasm/dist/es/clipper2z.wasm?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../../ui/shared/fonts.css';
import '../../ui/planner/planner.css';
import { loadPolygonEngine } from '../../domain/zones/polygon-engine';
import { setCommandEngine } from '../../state/plan-store';
import { PlannerApp } from '../../ui/planner/planner-app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Cutting, merging and splitting run Clipper2 on this thread (one or two zones: well under a
// millisecond); the same .wasm file the analysis worker loads, so the browser fetches it once.
loadPolygonEngine({ locateFile: () => clipperWasmUrl }).then(
  (engine) => {
    setCommandEngine(engine);
    createRoot(root).render(
      <StrictMode>
        <PlannerApp />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `Cordon could not start: the polygon engine did not load (${String(error)}). Reload the page. / Cordon 无法启动：多边形引擎未能加载，请刷新页面。`;
    root.replaceChildren(message);
  },
);
