import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A toolbar button that opens a small menu of buttons (the toolbar's overflow): opened by a click,
 * Enter or Space; the first button takes the focus; Escape or a click outside closes it and gives
 * the focus back; choosing a button closes it. The buttons keep their own accessible names.
 */
export function ToolMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('.tool-menu-items button:not(:disabled)')?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div
      className="tool-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((was) => !was)}>
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        // A click on one of the buttons runs it, then the menu closes.
        <div id={id} className="tool-menu-items" role="group" aria-label={label} onClick={() => setOpen(false)}>
          {children}
        </div>
      )}
    </div>
  );
}
