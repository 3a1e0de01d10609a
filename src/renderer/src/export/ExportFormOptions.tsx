/** The export form's choices: format, scale (PNG only), background, and whether to include the title and legend. */
import type { ImageOptions } from './render-image';

interface Props {
  readonly options: ImageOptions;
  readonly set: (patch: Partial<ImageOptions>) => void;
}

function RadioGroup<T extends string | number>({
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

const FORMATS = [
  { value: 'png', label: 'PNG image (opens again as a plan)' },
  { value: 'svg', label: 'SVG drawing' },
] as const;
const SCALES = [
  { value: 1, label: '1×' },
  { value: 2, label: '2×' },
] as const;
const BACKGROUNDS = [
  { value: 'white', label: 'White' },
  { value: 'transparent', label: 'Transparent' },
] as const;

export function ExportFormOptions({ options, set }: Props) {
  return (
    <>
      <RadioGroup
        legend="Format"
        name="format"
        choices={FORMATS}
        value={options.format}
        onPick={(format) => {
          set({ format });
        }}
      />
      {options.format === 'png' && (
        <RadioGroup
          legend="Scale"
          name="scale"
          choices={SCALES}
          value={options.scale}
          onPick={(scale) => {
            set({ scale });
          }}
        />
      )}
      <RadioGroup
        legend="Background"
        name="bg"
        choices={BACKGROUNDS}
        value={options.transparent ? 'transparent' : 'white'}
        onPick={(background) => {
          set({ transparent: background === 'transparent' });
        }}
      />
      <fieldset className="op-export__group">
        <legend>Include</legend>
        <label className="op-field--check">
          <input
            type="checkbox"
            checked={options.title}
            onChange={(e) => {
              set({ title: e.target.checked });
            }}
          />
          Title (the plan’s name)
        </label>
        <label className="op-field--check">
          <input
            type="checkbox"
            checked={options.legend}
            onChange={(e) => {
              set({ legend: e.target.checked });
            }}
          />
          Legend
        </label>
      </fieldset>
    </>
  );
}
