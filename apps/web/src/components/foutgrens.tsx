import { Component, ReactNode } from 'react';

/** A page that fails to render shows a message in Dutch instead of an empty screen; the menu keeps working. */
export class Foutgrens extends Component<{ children: ReactNode; pad: string }, { fout: boolean }> {
  override state = { fout: false };

  static getDerivedStateFromError() {
    return { fout: true };
  }

  override componentDidUpdate(vorige: { pad: string }) {
    if (vorige.pad !== this.props.pad && this.state.fout) this.setState({ fout: false });
  }

  override render() {
    if (!this.state.fout) return this.props.children;
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        <p className="utrecht-paragraph">
          <strong>Deze pagina kon niet worden getoond.</strong> Probeer het opnieuw of kies een andere pagina in het menu.
        </p>
      </div>
    );
  }
}
