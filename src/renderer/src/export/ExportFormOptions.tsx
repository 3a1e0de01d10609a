/**
 * The export form's choices: format, who is in it (everyone or as shown), scale
 * (PNG), paper and orientation (PDF), background (PNG, SVG), title and legend.
 */
import type { ChartOptions } from './chart-export';

interface Props {
  readonly options: ChartOptions;
  readonly set: (patch: Partial<ChartOptions>) => void;
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
  { value: 'pdf', label: 'PDF pages to print' },
] as const;
const SCOPES = [
  { value: 'all', label: 'Everyone, collapsed subtrees included' },
  { value: 'shown', label: 'As shown (collapsed subtrees as one box with a count)' },
] as const;
const PAPERS = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'Letter' },
] as const;
const ORIENTATIONS = [
  { value: 'landscape', label: 'Landscape' },
  { value: 'portrait', label: 'Portrait' },
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
      <RadioGroup
        legend="People"
        name="scope"
        choices={SCOPES}
        value={options.asShown ? 'shown' : 'all'}
        onPick={(scope) => {
          set({ asShown: scope === 'shown' });
        }}
      />
      {options.format === 'pdf' && (
        <>
          <RadioGroup
            legend="Paper"
            name="paper"
            choices={PAPERS}
            value={options.paper}
            onPick={(paper) => {
              set({ paper });
            }}
          />
          <RadioGroup
            legend="Orientation"
            name="orientation"
            choices={ORIENTATIONS}
            value={options.orientation}
            onPick={(orientation) => {
              set({ orientation });
            }}
          />
        </>
      )}
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
      {options.format !== 'pdf' && (
        <RadioGroup
          legend="Background"
          name="bg"
          choices={BACKGROUNDS}
          value={options.transparent ? 'transparent' : 'white'}
          onPick={(background) => {
            set({ transparent: background === 'transparent' });
          }}
        />
      )}
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
