/** The connect flow's three steps, with the current one marked for screen readers too. */
export function Stepper({ steps, current }: { steps: string[]; current: number }) {
  return (
    <ol className="stepper">
      {steps.map((step, index) => {
        const number = index + 1;
        const state = number < current ? 'done' : number === current ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`stepper__step stepper__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper__number" aria-hidden="true">
              {state === 'done' ? '✓' : number}
            </span>
            <span className="stepper__label">{step}</span>
          </li>
        );
      })}
    </ol>
  );
}
