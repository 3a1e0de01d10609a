/** A fieldset of radio buttons with a legend: the export forms' one-of choices. */

export function RadioGroup<T extends string | number>({
  legend,
  name,
  choices,
  value,
  onPick,
}: {
  legend: string;
  name: string;
  choices: readonly { readonly value: T; readonly label: string }[];
  value: T;
  onPick: (value: T) => void;
}) {
  return (
    <fieldset className="op-export__group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="op-field--check">
          <input
            type="radio"
            name={name}
            checked={value === choice.value}
            onChange={() => {
              onPick(choice.value);
            }}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
