/**
 * The image export form's choices (the format is chosen above them): who is in it (everyone or as shown), scale
 * (PNG), paper and orientation (PDF), background (PNG, SVG), title and legend.
 */
import type { ChartOptions } from './chart-export';
import { RadioGroup } from './RadioGroup';

interface Props {
  readonly options: ChartOptions;
  readonly set: (patch: Partial<ChartOptions>) => void;
}

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
