import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A native modal <dialog>: focus is trapped and Escape closes it, with nothing of our own to get wrong. */
export function ModalDialog({
  open,
  title,
  onClose,
  children,
  wide,
  className,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  className?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className={`dialog${wide ? ' wide' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}
