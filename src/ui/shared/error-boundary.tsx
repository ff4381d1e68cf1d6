import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../../i18n/i18n';
import { usePlannerStore } from '../../state/store';
import { errorDetail } from '../../state/worker-failures';

/**
 * Keeps a failure in one part of the planner from blanking the page: that part shows what went
 * wrong (text only) and a Retry that renders it again; the plan and its autosave are untouched.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; area: string }, { error?: unknown }> {
  state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Cordon: ${this.props.area} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    const language = usePlannerStore.getState().language;
    return (
      <div className="notice error" role="alert">
        <span>{translate(language, 'appCrashed', { detail: errorDetail(this.state.error) })}</span>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          {translate(language, 'retry')}
        </button>
      </div>
    );
  }
}
